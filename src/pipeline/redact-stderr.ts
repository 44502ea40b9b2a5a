// The one redaction of everything printed: every write to stderr (progress, warnings, errors, a
// Handlebars syntax error or a failing claim that quotes the author's text, an internal error's
// stack) passes through NameMatcher.redact with every name read so far, of every kommune of the
// study. Installed once by each command (build, check:data, preview) at its start.

import type { NameMatcher } from '../name-matcher.ts';

type Write = NodeJS.WritableStream['write'];

/** Makes `stream.write` redact names; returns the function that undoes it. */
export function redactStream(stream: NodeJS.WritableStream, names: NameMatcher): () => void {
  const original = stream.write;
  const write = function (this: NodeJS.WritableStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text = typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : undefined;
    const out = text === undefined || names.size === 0 ? chunk : names.redact(text);
    return (original as (...args: unknown[]) => boolean).call(this, out, ...rest);
  } as Write;
  stream.write = write;
  return () => {
    if (stream.write === write) stream.write = original;
  };
}
