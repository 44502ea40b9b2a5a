// Load stage: the size guards of the YAML reader (limits.ts): a file too large is refused unread,
// a value too long is a located error, so a pasted 10 MB kommune name never reaches the pipeline.

import { isScalar, visit, type Document } from 'yaml';
import type { Problem } from '../errors.ts';
import type { Source } from '../types.ts';
import { MAX_YAML_BYTES, MAX_YAML_SCALAR } from './limits.ts';
import { loadMessages } from './load-messages.ts';

/** A problem when the file at `file` of `size` bytes is beyond the limit. */
export function yamlFileTooLarge(file: string, size: number): Problem | undefined {
  if (size <= MAX_YAML_BYTES) return undefined;
  return { source: { file }, message: loadMessages.fileTooLarge(size, MAX_YAML_BYTES), fix: loadMessages.fixFileTooLarge };
}

/** Every scalar longer than MAX_YAML_SCALAR, located, named by its key path. */
export function yamlScalarsTooLong(doc: Document, at: (offset: number) => Source): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value !== 'string' || node.value.length <= MAX_YAML_SCALAR) return;
      const keys = path.flatMap((p) => ('key' in p && isScalar(p.key) ? [String(p.key.value)] : []));
      problems.push({
        source: at(node.range?.[0] ?? 0),
        message: loadMessages.yamlScalarTooLong(keys.join('.') || 'a value', node.value.length, MAX_YAML_SCALAR),
        fix: loadMessages.fixTooLong,
      });
    },
  });
  return problems;
}
