// An sRGB ICC profile (version 2.1, display class) for the PDF's output intent, built from the
// published sRGB parameters (IEC 61966-2-1) instead of shipping a vendor's file: primaries and white
// point adapted to the profile connection space's D50 (the values of the ICC's own sRGB profiles),
// and a 1024-entry tone curve of the sRGB transfer function. Same bytes on every build.

const TRC_POINTS = 1024;
const D50 = [0.9642, 1.0, 0.8249] as const;
/** The sRGB primaries adapted to D50 (Bradford), columns of the RGB → XYZ matrix. */
const PRIMARIES = {
  rXYZ: [0.4360747, 0.2225045, 0.0139322],
  gXYZ: [0.3850649, 0.7168786, 0.0971045],
  bXYZ: [0.1430804, 0.0606169, 0.7141733],
} as const;

export const SRGB_PROFILE_NAME = 'sRGB IEC61966-2.1';

let cached: Uint8Array | undefined;

export function srgbIccProfile(): Uint8Array {
  cached ??= buildProfile();
  return cached;
}

function buildProfile(): Uint8Array {
  const curve = toneCurve();
  const tags: [string, Uint8Array][] = [
    ['desc', textDescription(SRGB_PROFILE_NAME)],
    ['cprt', textType('No copyright, use freely')],
    ['wtpt', xyzType(D50)],
    ['rXYZ', xyzType(PRIMARIES.rXYZ)],
    ['gXYZ', xyzType(PRIMARIES.gXYZ)],
    ['bXYZ', xyzType(PRIMARIES.bXYZ)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];
  const tableSize = 4 + 12 * tags.length;
  let offset = 128 + tableSize;
  const entries: { sig: string; offset: number; size: number; data: Uint8Array }[] = [];
  const placed = new Map<Uint8Array, number>(); // the three TRC tags share one curve
  for (const [sig, data] of tags) {
    const at = placed.get(data);
    if (at !== undefined) {
      entries.push({ sig, offset: at, size: data.length, data });
      continue;
    }
    entries.push({ sig, offset, size: data.length, data });
    placed.set(data, offset);
    offset += align4(data.length);
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  header(out, view, offset);
  view.setUint32(128, tags.length);
  entries.forEach((e, i) => {
    ascii(out, 132 + 12 * i, e.sig);
    view.setUint32(136 + 12 * i, e.offset);
    view.setUint32(140 + 12 * i, e.size);
    out.set(e.data, e.offset);
  });
  return out;
}

function header(out: Uint8Array, view: DataView, size: number): void {
  view.setUint32(0, size);
  ascii(out, 4, 'none'); // no preferred CMM
  view.setUint32(8, 0x02100000); // version 2.1.0
  ascii(out, 12, 'mntr');
  ascii(out, 16, 'RGB ');
  ascii(out, 20, 'XYZ ');
  // Creation date: fixed (2015-01-01 00:00:00), so the profile and the PDF are the same bytes every time.
  [2015, 1, 1, 0, 0, 0].forEach((v, i) => view.setUint16(24 + 2 * i, v));
  ascii(out, 36, 'acsp');
  // Platform, flags, manufacturer, model, attributes: zero. Rendering intent 0 (perceptual).
  s15Fixed16(view, 68, D50[0]);
  s15Fixed16(view, 72, D50[1]);
  s15Fixed16(view, 76, D50[2]);
}

function toneCurve(): Uint8Array {
  const out = new Uint8Array(12 + 2 * TRC_POINTS);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'curv');
  view.setUint32(8, TRC_POINTS);
  for (let i = 0; i < TRC_POINTS; i++) {
    const v = i / (TRC_POINTS - 1);
    const linear = v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    view.setUint16(12 + 2 * i, Math.round(linear * 65535));
  }
  return out;
}

function xyzType(xyz: readonly [number, number, number] | readonly number[]): Uint8Array {
  const out = new Uint8Array(20);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'XYZ ');
  xyz.forEach((v, i) => s15Fixed16(view, 8 + 4 * i, v));
  return out;
}

/** textDescriptionType (ICC v2): ASCII part only, empty Unicode and ScriptCode parts. */
function textDescription(text: string): Uint8Array {
  const n = text.length + 1;
  const out = new Uint8Array(12 + n + 4 + 4 + 2 + 1 + 67);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'desc');
  view.setUint32(8, n);
  ascii(out, 12, text);
  return out;
}

function textType(text: string): Uint8Array {
  const out = new Uint8Array(8 + text.length + 1);
  ascii(out, 0, 'text');
  ascii(out, 8, text);
  return out;
}

function s15Fixed16(view: DataView, at: number, value: number): void {
  view.setInt32(at, Math.round(value * 65536));
}

function ascii(out: Uint8Array, at: number, text: string): void {
  for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
