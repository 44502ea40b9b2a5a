// How each political contact type is drawn and named. The type must be readable per line, also in
// grey print: direction (arrowheads) and dash pattern carry it, colour only helps.

import type { ContactType } from '../../types.ts';
import { INK } from '../style.ts';

export interface ContactStyle {
  /** Legend and table label. */
  label: string;
  /** Legend explanation of the line. */
  legend: string;
  colour: string;
  width: number;
  dash?: string;
  /** Where the arrowhead sits: at the body (person gives), at the person (person gets), or none. */
  arrow: 'to-body' | 'to-person' | 'none';
}

/** Bokmål or nynorsk, as the note. */
export type PoliticalLanguage = 'nb' | 'nn';

export const CONTACT_STYLES: Record<ContactType, ContactStyle> = {
  gir_informasjon: { label: 'Gir informasjon', legend: 'Gir informasjon (pil mot organet)', colour: INK, width: 2, arrow: 'to-body' },
  far_informasjon: { label: 'Får informasjon', legend: 'Får informasjon (pil mot personen)', colour: '#2166ac', width: 1.4, arrow: 'to-person' },
  politisk_diskusjon: { label: 'Politisk diskusjon', legend: 'Politisk diskusjon', colour: '#b35806', width: 1.6, dash: '7 3', arrow: 'none' },
  faglig_diskusjon: { label: 'Faglig diskusjon', legend: 'Faglig diskusjon', colour: '#542788', width: 1.8, dash: '0.1 3.4', arrow: 'none' },
};

/** The nynorsk names; the drawing is the same. */
const NYNORSK: Record<ContactType, Pick<ContactStyle, 'label' | 'legend'>> = {
  gir_informasjon: { label: 'Gir informasjon', legend: 'Gir informasjon (pil mot organet)' },
  far_informasjon: { label: 'Får informasjon', legend: 'Får informasjon (pil mot personen)' },
  politisk_diskusjon: { label: 'Politisk diskusjon', legend: 'Politisk diskusjon' },
  faglig_diskusjon: { label: 'Fagleg diskusjon', legend: 'Fagleg diskusjon' },
};

/** How each type is drawn and named in `lang`. */
export function contactStyles(lang: PoliticalLanguage = 'nb'): Record<ContactType, ContactStyle> {
  if (lang === 'nb') return CONTACT_STYLES;
  return Object.fromEntries(
    Object.entries(CONTACT_STYLES).map(([type, style]) => [type, { ...style, ...NYNORSK[type as ContactType] }]),
  ) as Record<ContactType, ContactStyle>;
}
