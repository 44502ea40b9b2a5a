// Render stage: a scan of a text file's {{…}} blocks, for readable syntax errors. Handlebars' own
// parser stops at the first problem and, for a block that is never closed, reports the end of the
// file ("Expecting 'OPEN_ENDBLOCK', got 'EOF'"). This scan names the line where the block opens,
// and every unclosed, stray or mismatched block of the file.

export interface BlockProblem {
  line: number;
  column: number;
  message: string;
  fix?: string;
}

interface Open {
  name: string;
  /** As written: `{{#if`, `{{^if`, `{{#>`. */
  opener: string;
  line: number;
  column: number;
}

/** Every block problem of `text`; empty when the blocks are balanced. */
export function findBlockProblems(text: string): BlockProblem[] {
  const problems: BlockProblem[] = [];
  const stack: Open[] = [];
  const where = (index: number) => {
    const before = text.slice(0, index);
    return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
  };
  let i = 0;
  while (i < text.length) {
    const start = text.indexOf('{{', i);
    if (start < 0) break;
    if (text[start - 1] === '\\') {
      // \{{ is literal text up to its }}
      const end = text.indexOf('}}', start + 2);
      i = end < 0 ? text.length : end + 2;
      continue;
    }
    let inner = start + 2;
    if (text[inner] === '~') inner++;
    if (text.startsWith('!--', inner)) {
      const end = text.indexOf('--}}', inner);
      if (end < 0) {
        problems.push({ ...where(start), message: 'the comment {{!-- is never closed', fix: 'End it with --}}.' });
        break;
      }
      i = end + 4;
      continue;
    }
    const end = text.indexOf('}}', inner);
    const next = text.indexOf('{{', inner);
    if (end < 0 || (next >= 0 && next < end && text[next - 1] !== '\\')) {
      const snippet = text.slice(start, Math.min(text.length, start + 30)).split('\n')[0];
      problems.push({ ...where(start), message: `"${snippet}" is never closed with }}`, fix: 'Close the expression with }}.' });
      i = end < 0 ? text.length : next;
      if (end < 0) break;
      continue;
    }
    i = end + 2;
    if (text[end + 2] === '}') i++;
    const body = text.slice(inner, end).replace(/~$/, '').trim();
    if (body.startsWith('!')) continue;
    const at = where(start);
    const block = /^([#^])\s*([>*]?)\s*("[^"]*"|[^\s}~()]+)?/.exec(body);
    if (block) {
      if (block[1] === '^' && !block[3]) {
        if (stack.length === 0) problems.push({ ...at, message: '{{^}} (else) stands outside any block', fix: 'Move it inside a {{#if}} … {{/if}} block, or remove it.' });
        continue;
      }
      const name = (block[3] ?? '').replace(/^"|"$/g, '');
      stack.push({ name, opener: `{{${block[1]}${block[2]}${name}`, ...at });
      continue;
    }
    const close = /^\/\s*("[^"]*"|[^\s}~]+)?/.exec(body);
    if (close) {
      const name = (close[1] ?? '').replace(/^"|"$/g, '');
      const depth = findOpen(stack, name);
      if (depth < 0) {
        const top = stack[stack.length - 1];
        problems.push(
          top
            ? { ...at, message: `{{/${name}}} does not match the open ${top.opener}}} from line ${top.line}`, fix: `Close ${top.opener}}} with {{/${top.name}}} first, or correct the name.` }
            : { ...at, message: `{{/${name}}} closes a block that was never opened`, fix: `Open it with {{#${name} …}}, or remove {{/${name}}}.` },
        );
        continue;
      }
      // Blocks opened after the one this closes were never closed themselves.
      for (const unclosed of stack.splice(depth).slice(1)) problems.push(neverClosed(unclosed, at.line));
      continue;
    }
    if (/^else\b/.test(body) && stack.length === 0) {
      problems.push({ ...at, message: '{{else}} stands outside any block', fix: 'Move it inside a {{#if}} … {{/if}} block, or remove it.' });
    }
  }
  for (const unclosed of stack) problems.push(neverClosed(unclosed));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

function findOpen(stack: Open[], name: string): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].name === name) return k;
  return -1;
}

function neverClosed(open: Open, before?: number): BlockProblem {
  const place = before === undefined ? 'before the end of the file' : `before line ${before}`;
  return {
    line: open.line,
    column: open.column,
    message: `${open.opener}}} is never closed`,
    fix: `Add {{/${open.name}}} where the block ends (${place}).`,
  };
}
