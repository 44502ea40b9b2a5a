// The per-kommune lock of the output writer: `<out>/.<slug>.lock`, created with O_EXCL, holding
// "pid token time". It is held only while one build reads the previous output and swaps the new one
// in (well under a second), so a wait is short unless something is wrong: the holder is named at
// once, the wait is bounded (30 s unless told otherwise), and a lock of a dead build is taken over.

import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { KommunenotatError } from '../errors.ts';
import { outputMessages as msg } from './output-messages.ts';

/** How long a build waits for another build's lock by default (--lock-timeout, KOMMUNENOTAT_LOCK_TIMEOUT). */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;
const LOCK_POLL_MS = 50;
/** A lock this old is stale even if its pid is alive again (pids are reused). */
const LOCK_STALE_MS = 10 * 60_000;

export interface LockOptions {
  signal?: AbortSignal;
  /** Lock files held now, for a last-resort synchronous cleanup. */
  inFlight?: Set<string>;
  /** How long to wait for another build's lock (default DEFAULT_LOCK_TIMEOUT_MS). */
  lockTimeoutMs?: number;
  /** Notes for the user: waiting for a live holder, taking over a dead one's lock. */
  onNote?: (text: string) => void;
}

export function lockPath(outRoot: string, slug: string): string {
  return join(outRoot, `.${slug}.lock`);
}

/** Takes the lock of `slug` under `outRoot`; resolves with its release. */
export async function acquireLock(outRoot: string, slug: string, options: LockOptions): Promise<() => void> {
  const path = lockPath(outRoot, slug);
  const content = `${process.pid} ${randomBytes(6).toString('hex')} ${Date.now()}\n`;
  const timeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      const handle = await fsp.open(path, 'wx');
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      options.inFlight?.add(path);
      return () => {
        options.inFlight?.delete(path);
        // Only our own lock is removed (a stale-lock breaker may have replaced it).
        if (readLock(path) === content) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = readLock(path);
    const holder = held?.trim().split(' ')[0] || 'unknown';
    if (held !== undefined && isStale(held)) {
      // Remove it only if it is still the stale one we read.
      if (readLock(path) === held) {
        rmSync(path, { force: true });
        options.onNote?.(msg.lockTakenOver(holder, path));
      }
      continue;
    }
    if (!announced && held !== undefined) {
      announced = true;
      options.onNote?.(msg.lockWaiting(holder, path, seconds(timeoutMs)));
    }
    if (Date.now() > deadline) {
      throw new KommunenotatError('lock', msg.lockTimeout(slug, holder, seconds(timeoutMs)), {
        problems: [{ source: { file: path }, message: `held by pid ${holder}`, fix: msg.fixLockTimeout(path) }],
      });
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

/** 30, 1.5, 0.3: seconds as a user would write them. */
function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

function readLock(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** "pid token time": stale when the pid is gone or the lock is very old. A lock still being written (empty) is not. */
function isStale(content: string): boolean {
  const [pid, , time] = content.trim().split(' ');
  if (!pid || !time) return false;
  return !processAlive(Number(pid)) || Date.now() - Number(time) > LOCK_STALE_MS;
}

export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
