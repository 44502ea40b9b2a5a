// Every user-facing message of the output writer (the --out folder, the lock, write failures), as
// small functions, so the wording stays consistent and tests can match it by pattern.

export const outputMessages = {
  outIsData: (out: string, data: string) =>
    `--out "${out}" is the data set itself (--data "${data}"): the build would replace its input. ` +
    'Write the notes somewhere else, e.g. --out output',

  outInsideData: (out: string, data: string) =>
    `--out "${out}" lies inside the data set (--data "${data}"): the build would replace its input. ` +
    'Write the notes outside the data set, e.g. --out output',

  dataInsideOut: (out: string, data: string) =>
    `--data "${data}" lies inside the output folder (--out "${out}"): a build could replace its input. ` +
    'Keep the data set outside the output folder',

  outIsFile: (out: string) => `--out "${out}" is a file, not a folder. Name a folder (it is created if missing)`,

  notAnOutput: (slug: string) =>
    `is not the output of an earlier build (it has no build.json for ${slug}), so it is not replaced`,
  fixNotAnOutput: 'Move the folder away, or choose another --out: a build replaces only folders it wrote itself.',

  writeFailed: (path: string, reason: string) => `cannot write the output to ${path}: ${reason}`,

  lockWaiting: (pid: string, lock: string, seconds: number) =>
    `another build (pid ${pid}) is writing this kommune's output (lock ${lock}); waiting for it at most ${seconds} s`,
  lockTakenOver: (pid: string, lock: string) => `took over the lock ${lock} of build pid ${pid}, which is no longer running`,
  lockTimeout: (slug: string, pid: string, seconds: number) =>
    `another build (pid ${pid}) kept the lock of ${slug} for more than ${seconds} s; nothing was written`,
  fixLockTimeout: (lock: string) =>
    `Wait for that build to finish, or allow a longer wait with --lock-timeout <seconds> (or KOMMUNENOTAT_LOCK_TIMEOUT). If no build is running, delete ${lock}.`,
};

/** What an errno code means, in words a user can act on. */
export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the folder is not writable)';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EEXIST':
      return 'a file is in the way';
    case 'EISDIR':
      return 'a folder is in the way';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error (the disk may be failing)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Errno codes that mean the output location cannot be written, rather than a bug of ours. */
export const IO_ERROR_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'EISDIR', 'EMFILE', 'ENFILE', 'EIO', 'ENAMETOOLONG', 'ELOOP']);
