// Imports a module of the pipeline that may not exist yet (colleagues land figures, render and the
// PDF step in turn): the bench reports such a part as "not available" with the reason.

export type Availability<T> = { ok: true; value: T } | { ok: false; reason: string };

export async function optionalImport<T>(specifier: string, base: string): Promise<Availability<T>> {
  try {
    return { ok: true, value: (await import(new URL(specifier, base).href)) as T };
  } catch (error) {
    return { ok: false, reason: shortReason(error) };
  }
}

/** The first line of an error, with the project path shortened: "Cannot find module …/render/index.ts". */
export function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.replace(/(file:\/\/)?\/[^\s'"]*?\/(src|bench|scripts)\//g, '$2/').slice(0, 160);
}
