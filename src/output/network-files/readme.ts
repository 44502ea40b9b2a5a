// README.txt of a nettverk/ folder: what each file is, how each tool opens it, and the legend of the
// Pajek partition, in Norwegian (bokmål) and English.

import { LEVELS } from '../../types.ts';
import { LEVEL_FILE_WORD, type NetworkModel } from './model.ts';

export function writeReadme(model: NetworkModel): string {
  const study = model.kommuner.length > 1 || model.attributes.some((a) => a.key === 'kommune');
  const legend = model.functions.map((f, i) => `  ${i + 1}  ${f.code}  ${f.label} (${f.name})`);
  const levels = LEVELS.map((l) => LEVEL_FILE_WORD[l]).join(', ');
  const ids = study ? ' Id-ene er <kommune>:<id> fra persons.csv.' : ' Id-ene er de samme som i persons.csv.';
  const idsEn = study ? ' Ids are <kommune>:<id> from persons.csv.' : ' Ids are those of persons.csv.';
  return [
    `${model.title} (${model.date})`,
    '',
    'NORSK',
    '',
    `Nettverket slik notatet teller det: alle personer, og hvert bånd på det hyppigste nivået det finnes på (daglig, ukentlig, månedlig; vekt 3, 2, 1).${ids} Ingen navn står i filene.`,
    '',
    'nettverk.gexf     Gephi: File > Open; posisjoner og farger som i notatets figur for månedlig kontakt.',
    'nettverk.graphml  R igraph: read_graph("nettverk.graphml", format = "graphml"); statnet: via intergraph::asNetwork();',
    '                  networkx: nx.read_graphml("nettverk.graphml").',
    'noder.csv, kanter.csv  Gephi: Data Laboratory > Import Spreadsheet, først noder.csv (nodetabell), så kanter.csv (kanttabell).',
    `<nivå>.dl        UCINET: Data > Import text file > DL; nivåene er ${levels}; hvert bånd står to ganger (a b og b a).`,
    '<nivå>.vna       NetDraw: File > Open > VNA text file.',
    '<nivå>.net       Pajek: File > Network > Read; <nivå>.clu med File > Partition > Read gir primærfunksjonen (tabellen under).',
    '',
    'Attributter: funksjon (kode), funksjon_etikett, funksjoner (alle, skilt med |), respondent, og per nivå grad,',
    'betweenness (normert), klynge (nummeret i metrics.json, 0 = uten bånd) og brobygger.',
    'Filene er UTF-8 uten BOM; .net, .clu og .dl inneholder bare ASCII (Pajek skriver andre tegn som &#dddd;).',
    '',
    'ENGLISH',
    '',
    `The network as the note counts it: every person, and every tie at its most frequent level (daily, weekly, monthly; weight 3, 2, 1).${idsEn} No name appears in these files.`,
    '',
    'nettverk.gexf     Gephi: File > Open; positions and colours as in the note\'s monthly-contact figure.',
    'nettverk.graphml  R igraph: read_graph("nettverk.graphml", format = "graphml"); statnet: through intergraph::asNetwork();',
    '                  networkx: nx.read_graphml("nettverk.graphml").',
    'noder.csv, kanter.csv  Gephi: Data Laboratory > Import Spreadsheet, noder.csv as the nodes table first, then kanter.csv as the edges table.',
    `<level>.dl       UCINET: Data > Import text file > DL; the levels are ${levels}; each tie is listed twice (a b and b a).`,
    '<level>.vna      NetDraw: File > Open > VNA text file.',
    '<level>.net      Pajek: File > Network > Read; <level>.clu through File > Partition > Read gives the primary function (table below).',
    '',
    'Attributes: funksjon (code), funksjon_etikett (label), funksjoner (all, separated by |), respondent, and per level',
    'grad (degree), betweenness (normalised), klynge (community number in metrics.json, 0 = no tie) and brobygger (bridge builder).',
    'The files are UTF-8 without BOM; .net, .clu and .dl hold ASCII only (Pajek writes other characters as &#dddd;).',
    '',
    'Pajek-partisjon / Pajek partition (<nivå>.clu / <level>.clu):',
    ...legend,
    '',
  ].join('\n');
}
