// The data of the network figures: what a caller gives (NetworkFigureInput) and what the layout
// step hands to the SVG renderer (NetworkLayout). Coordinates are SVG user units, 4 units per mm.

import type { FunctionDef } from '../../types.ts';

export interface NetworkPersonInput {
  /** Neutral person code (never a name). */
  id: string;
  /** Primary function code: decides the label and the first colour. */
  functionCode: string;
  /**
   * Every function the person holds, primary first (default: the primary only). A person with
   * several is drawn as a square divided into one stripe per function, in their colours.
   */
  functionCodes?: string[];
  /** Answered the survey; non-respondents are present only through others' reports. */
  respondent: boolean;
  /**
   * Drawn instead of the function's label. Only for the reading guide's example networks
   * (letters A..G); never a person's name.
   */
  label?: string;
}

export interface NetworkFigureInput {
  id: string;
  title: string;
  persons: NetworkPersonInput[];
  /** The study's functions in study order; a function's colour is taken by its index here. */
  functions: FunctionDef[];
  /** Undirected ties; order and direction do not matter, duplicates are dropped. */
  ties: [string, string][];
  /** A subset of `ties` drawn stronger (e.g. daily ties in a weekly figure). */
  strongTies?: [string, string][];
  /** Communities; those of at least 3 persons are drawn as clusters. */
  communities: string[][];
  /** Bridge builders, circled in red. */
  brokers: string[];
  /** 'full' is 160 mm wide, 'small' 80 mm (two side by side); same type size in both. */
  size?: 'full' | 'small';
  /** Legend words for the two tie strengths; defaults "Bånd" and "Sterkt bånd". */
  tieLegend?: { tie: string; strongTie?: string };
  /** Draw the legend (default true; the example networks leave it out). */
  legend?: boolean;
  /** Language of the legend, the caption of persons without ties and the text alternative (default nb). */
  language?: FigureLanguage;
}

/** Bokmål or nynorsk: the note's language (`language: nn` in kommune.yaml). */
export type FigureLanguage = 'nb' | 'nn';

/** An axis-aligned box: top-left corner, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedNode {
  id: string;
  /** Centre of the square. */
  x: number;
  y: number;
  /** Side of the square. */
  size: number;
  functionCode: string;
  colour: string;
  /** Every function drawn (primary first) and its colour: one stripe each. */
  functionCodes: string[];
  colours: string[];
  respondent: boolean;
  broker: boolean;
  isolate: boolean;
  label: string;
  /** Where the label's text sits; its baseline is `labelBox.y + baselineOffset`. */
  labelBox: Box;
  /**
   * False when the label is not drawn (figures of more than LARGE_NETWORK persons label only
   * bridge builders and one person per cluster); `labelBox` is then an empty box at the centre.
   */
  labelled: boolean;
  /** The space the node's mark takes: the square, or the broker's circle. */
  markBox: Box;
}

export interface PlacedTie {
  a: string;
  b: string;
  strong: boolean;
}

export interface PlacedCluster {
  /** 1-based number, as used in the text alternative and the table. */
  number: number;
  members: string[];
  /** SVG path data of the outline (one or more closed curves). */
  path: string;
  /** The drawn outline as closed polygons (even-odd inside): what the readability checks measure. */
  rings: OutlinePoint[][];
  box: Box;
}

export interface OutlinePoint {
  x: number;
  y: number;
}

export type LegendSymbol =
  | { kind: 'function'; colour: string }
  | { kind: 'respondent' }
  | { kind: 'nonRespondent' }
  | { kind: 'tie'; strong: boolean }
  | { kind: 'cluster' }
  | { kind: 'broker' }
  /** A square divided in stripes: a person with several functions. */
  | { kind: 'multiFunction'; colours: string[] }
  /** A line of text without a symbol (the labelling rule of large figures). */
  | { kind: 'note' };

export interface LegendItem {
  symbol: LegendSymbol;
  text: string;
  /** Left of the symbol, and the row's vertical centre. */
  x: number;
  y: number;
  textBox: Box;
}

export interface NetworkLayout {
  id: string;
  title: string;
  width: number;
  height: number;
  fontSize: number;
  /** From the label box's top to the text baseline. */
  baselineOffset: number;
  nodes: PlacedNode[];
  ties: PlacedTie[];
  clusters: PlacedCluster[];
  /** Caption before the row of persons without ties, if any. */
  isolateCaption?: { text: string; box: Box };
  legend: LegendItem[];
  legendFontSize: number;
  /** Width and opacity of the tie lines (and of strong ties), thinner and lighter the denser the drawing. */
  tieStyle: { width: number; strongWidth: number; opacity: number };
  /** The text alternative, also written into <title>/<desc>. */
  alt: string;
}
