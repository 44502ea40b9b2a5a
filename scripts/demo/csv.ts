// Writes rows as `;`-separated UTF-8 CSV, quoting only where a value needs it.

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(quote).join(';')).join('\n') + '\n';
}

function quote(value: string): string {
  if (!/[;"\r\n]/.test(value) && value.trim() === value) return value;
  return `"${value.replace(/"/g, '""')}"`;
}
