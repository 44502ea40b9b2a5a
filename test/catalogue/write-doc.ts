// Writes docs/bad-input.md from the catalogue: every broken data set and what the build says about it.
// Run after changing cases.ts or a message: `npx tsx test/catalogue/write-doc.ts`.

import { writeFileSync } from 'node:fs';
import { removeDataSets } from '../validate/data-set.ts';
import { CASES, WARNING_CASES, type CatalogueCase } from './cases.ts';
import { runCase } from './run-case.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

async function row(testCase: CatalogueCase): Promise<string> {
  const { lines } = await runCase(testCase);
  const shown = lines.map((line) => `\`${cell(line).replace(/`/g, "'")}\``).join('<br>');
  return `| \`${testCase.id}\` | ${cell(testCase.title)} | ${shown} |`;
}

const head = `# Bad input: what the build says

Every broken data set the test suite checks (\`test/catalogue/cases.ts\`), with the messages the build
prints for it, exactly as \`npm run build:report\` and \`npm run check:data\` print them (paths relative
to the data set's root). Each case is the small valid data set of \`test/validate/data-set.ts\`
(kommune \`testby\`, persons \`p1\`–\`p4\`, respondents \`p1\`–\`p3\`) with one thing broken; cases marked
*fixture* lay \`test/fixtures/broken/<case>/\` over it (binary encodings, Markdown text).

For every case in the first table the build exits with code 1, prints every problem found (not only the
first), and leaves the previous output of the kommune exactly as it was. The format of a message is
\`path:line:column: what is wrong. How to fix it.\` (see [data-format.md](data-format.md#errors)). Lines are
the file's own, counted from 1 with the header as line 1 (line 2 after Excel's \`sep=;\`); a record that
spans several lines is named by the line it starts on.

Messages never repeat a person's name: where the offending value holds a name from persons.csv, it is
replaced by \`[name on persons.csv line N]\` (case \`name-in-id-column\`).

Regenerate this page with \`npx tsx test/catalogue/write-doc.ts\`; \`test/catalogue/catalogue.test.ts\`
checks that every case is listed here and that the build still prints exactly these messages.

## Fails the build

| case | what is broken | what the build says |
| --- | --- | --- |
`;

const middle = `
## Builds, with a warning

Contradictions the build can resolve are reported as warnings; the note is made.

| case | what is odd | warning |
| --- | --- | --- |
`;

const tail = `
## Through the command line

\`test/catalogue/cli.test.ts\` runs nine of these (delimiter mix, a rating written as a word, a
Windows-1252 file, YAML with a tab, a missing kommune folder, a problem in another kommune than the one
asked for, an unknown \`--kommune\`, a missing text file, a text naming a metric that does not exist) on a
copy of the demo study with the real CLI, after a good build into the same \`--out\`: each exits 1, prints
its located message, prints no stack and no person's name, and leaves every file of the previous output
byte-identical. \`CATALOGUE_CLI=all npm test\` runs every case of the table above the same way
(\`test/catalogue/cli-all.test.ts\`, about three minutes).

## Beyond the catalogue

| what | where |
| --- | --- |
| random bytes and random, almost valid data sets never crash the loader; every problem is located; no message repeats a name | \`test/property/loader.property.test.ts\` |
| network measures keep their invariants on random graphs, whatever the order of persons and ties | \`test/property/metrics.property.test.ts\` |
| a whole name (with æøå) in HTML, markup, entities, SVG, JSON or the PDF's text fails the build naming the output and the person's line (see *Names and HTML* below) | \`test/privacy/guard.test.ts\`, \`test/privacy/note.test.ts\`, \`test/privacy/cli.test.ts\` |
| markup and \`{{…}}\` in free text, labels and names is text in the HTML and SVG; raw HTML in the text only with \`allowHtml: true\`, through the allow-list sanitizer | \`test/safety/escaping.test.ts\`, \`test/safety/external-requests.test.ts\`, \`test/safety/html-vectors.test.ts\` |
| the same data gives the same bytes under another timezone and locale | \`test/safety/determinism.test.ts\` |
| a missing, crashing or hanging browser gives exit code 3 within a bounded time and leaves no process and the previous output intact | \`test/safety/browser-faults.test.ts\` |
| \`--out\` inside \`--data\` (\`--out <data>/kommuner\`), equal to it, holding it, through a symlink, or naming a file: exit 2 before anything is read, every input byte-identical | \`test/output/out-root.test.ts\`, \`test/safety/output-folder.test.ts\` |
| a folder \`<out>/<slug>\` that no build wrote (no \`build.json\` naming the kommune), or a file in its place: named, exit 1, left byte-identical | \`test/pipeline/atomic-output.test.ts\`, \`test/safety/output-folder.test.ts\` |
| a read-only (\`EROFS\`, \`EACCES\`) or full (\`ENOSPC\`) output folder, or one below a file: one line \`cannot write the output to <path>: <reason>\`, exit 6, no stack, the previous output intact | \`test/pipeline/atomic-output.test.ts\`, \`test/safety/output-folder.test.ts\` |
| a kommune's lock held by a running build: its pid said at once, a wait of at most 30 s (\`--lock-timeout\`, \`KOMMUNENOTAT_LOCK_TIMEOUT\`), then exit 5 with nothing written; a dead build's lock taken over with a note | \`test/pipeline/atomic-output.test.ts\`, \`test/safety/output-folder.test.ts\` |
| a full build under \`strace -f -e trace=network\`: 0 DNS queries and no internet socket (in a network namespace), or 0 DNS queries, no TCP socket and only the IPv6 route probe (switches alone; in the long run where the namespace exists); skipped, with the reason, without strace | \`test/safety/browser-network.test.ts\` |
| \`kill -9\` of the CLI in the middle of the print: no Chromium process left, no profile folder in /tmp, the previous output intact, and the next build clears the profile left under \`--out\`; SIGHUP: stopped like SIGTERM, exit 129, no process left | \`test/safety/browser-lifetime.test.ts\` |
| a text file that is a symlink out of the data set, a FIFO (refused unopened, no hang), too large, or in UTF-8 with/without BOM, UTF-16 LE/BE with BOM or Windows-1252 (read as text) | \`test/load/text-file.test.ts\` |
| Excel's "Unicode text" persons.csv (UTF-16 LE with BOM, tab-separated) read; NUL and control characters removed from quoted answers with one located warning | \`test/load/read-csv.test.ts\` |

## Names and HTML

The privacy guard and the HTML guard, case by case (README.md, "Privacy"; docs/writing.md, "Raw HTML").
Each is a test of \`npm test\`; those marked *browser* open the note in Chromium and are skipped without one.

| case | what happens | test |
| --- | --- | --- |
| the author writes \`O'Neill\`, the note prints \`O’Neill\`; persons.csv has \`O’Neill\`, a respondent typed \`O'Neill\` | the same name: error | \`test/privacy/guard.test.ts\` |
| a zero-width space, soft hyphen or BOM inside a name; a name typed in NFD; no-break or narrow no-break spaces; \`Anne‑Lise\` with a non-breaking hyphen | the same name: error | \`test/privacy/guard.test.ts\` |
| a name of two letters a part (\`Bo Ek\`) | searched like any other: error | \`test/privacy/guard.test.ts\` |
| persons named \`Dag\`, \`Are\`, \`Bo\`; the template's words and CSS (\`/* are added */\`), the authors' \`samme dag\`, \`å bo\` | nothing: the template is not searched, a part alone in the authors' text is their word | \`test/privacy/guard.test.ts\`, \`test/privacy/note-text.test.ts\` |
| a whole name in a quoted answer | error at \`responses.csv:N\`, naming the \`{{sitater}}\` line and \`persons.csv line M\`; the output check adds \`notat.html\` | \`test/privacy/note-text.test.ts\`, \`test/privacy/cli.test.ts\` (*browser*) |
| a first name or surname alone in a quoted answer (\`Jeg ringer Dag\`, \`Spør Bo\`, \`Samme dag\`) | warning at \`responses.csv:N\`; error with \`--strict\` | \`test/privacy/note-text.test.ts\` |
| a whole name in the authors' text, across markup and a line break (\`**Kari**⏎Nordmann\`); the same in a \`{{!-- comment --}}\` | error at \`kommune.md:line:column\`; the comment is not printed and not reported | \`test/privacy/note-text.test.ts\` |
| an id built from a name (\`kari_nordmann\`) | warning at \`persons.csv:N:1\`, the id redacted in the message | \`test/privacy/note-text.test.ts\` |
| a Handlebars error quoting a name of another kommune, typed in NFD with a zero-width space | stderr shows \`[name on persons.csv line N]\`, never the name | \`test/privacy/stderr.test.ts\` |
| a message quoting \`Dag\`, \`Ødegård\`, \`bjørn_ærø\` | redacted; the words \`dag\`, \`å bo\` are not | \`test/privacy/guard.test.ts\` |
| \`<svg/onload=…>\` (as text, and inside an HTML block), \`<iframe srcdoc="&lt;script…">\`, \`data:text/html\` in \`<object>\` and \`<iframe>\`, \`<a href="jav&Tab;ascript:…">\`, \`<animate attributeName="href" values="javascript:…">\`, CSS \`url()\` in \`style\`, \`@import\` in \`<style>\`, \`<meta http-equiv=refresh>\`, a relative \`<link rel=stylesheet>\`, a relative \`<img>\`, \`<base>\` and \`<form>\` (\`allowHtml: true\`) | left out with a located warning; opened from a file in Chromium with JavaScript on and every link clicked: no script ran, no request, no navigation, one frame | \`test/safety/html-vectors.test.ts\` (*browser*) |
| all of those in the body unsanitized, with a \`<script>\` | the note's Content-Security-Policy alone: no script, no request, no navigation (a meta refresh is stopped by the sanitizer only) | \`test/safety/html-vectors.test.ts\` (*browser*) |
| a CSS \`url(http://…)\` in a \`style\` attribute, built with the CLI | the declaration is left out with a warning at \`kommune.md:line:1\`; the rest of the style stays; the PDF prints | \`test/safety/external-requests.test.ts\` (*browser*) |
| check:data on 100,000 persons with names | linear: measured by \`npm run bench -- --only validate\` (bench/README.md), not a timed test | \`bench/run.ts\` |

## Known gaps

- A name is recognised in a message only if it is written in persons.csv's \`name\` column: a row whose
  columns are shifted so that the name lands in \`functions\` (and no other row holds that name) is
  still quoted in the message.
- Problems in the note's text (Handlebars) are reported one at a time, the first only.
- A hanging browser is given up after a fixed 30 s launch timeout; there is no option to change it.
- Where no network namespace can be made (unprivileged user namespaces forbidden, e.g. some CI runners),
  Chromium's host resolver still asks the kernel for a route to 2001:4860:4860::8888 (a UDP
  \`connect()\` that sends no packet) before its resolver rules say "not found"; no switch turns that probe off.
- After \`kill -9\` the browser's profile stays in \`<out>/.browser-<pid>-…\` until the next build into
  the same \`--out\` (never in /tmp).
`;

const failing = await Promise.all(CASES.map(row));
const warning = await Promise.all(WARNING_CASES.map(row));
for (const c of CASES.filter((c) => c.fixture)) {
  const i = CASES.indexOf(c);
  failing[i] = failing[i]!.replace(` | ${cell(c.title)} |`, ` | ${cell(c.title)} (*fixture*) |`);
}
writeFileSync('docs/bad-input.md', `${head}${failing.join('\n')}\n${middle}${warning.join('\n')}\n${tail}`);
removeDataSets();
console.log(`docs/bad-input.md: ${CASES.length} failing cases, ${WARNING_CASES.length} warnings`);
