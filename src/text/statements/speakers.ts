// Who is speaking: person names and titled offices as news, press releases, letters and interviews write them.

const CAP = String.raw`[\p{Lu}][\p{L}’'-]+`;
/** A run of capitalised words (a name, perhaps with titles and organisations before it), as regex source. */
export const NAME_RUN = String.raw`${CAP}(?:\s+${CAP}){0,7}`;
/** An office named instead of its holder: "the Prime Minister of Lithuania", "Lithuania’s Prime Minister", "the commander of the Lithuanian Armed Forces". */
export const OFFICE = String.raw`(?:[Tt]he |[\p{Lu}][\p{L}]+['’]s )(?:(?:current|former|new) )?(?:[Pp]rime [Mm]inister|President|(?:[Ff]oreign |[Dd]efen[cs]e )?[Mm]inister|[Cc]ommander|[Cc]hief of [\p{L} ]{3,30}?|[Ss]peaker|[Ss]pokes(?:person|man|woman))(?: of (?:the )?${CAP}(?:\s+${CAP}){0,3})?`;
/** Verbs that report speech. */
export const SAID = String.raw`(?:said|says|added|adds|argued|argues|warned|warns|explained|explains|stated|states|asked|asks|concluded|noted|notes|insisted|continued|wrote|writes|told (?:reporters|journalists|[\p{L}]+))`;

// Words of titles, ranks and organisations that a capitalised run starts with, but that are no one's name.
const NOT_NAME = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'h', 'e', 'he', 'she', 'the', 'general', 'colonel', 'minister', 'prime', 'president', 'director', 'deputy', 'chair', 'chairman',
  'commander', 'head', 'member', 'former', 'current', 'senior', 'editor', 'special', 'advisor', 'adviser', 'ambassador', 'secretary', 'committee', 'ministry',
  'affairs', 'foreign', 'defense', 'defence', 'national', 'forces', 'armed', 'army', 'union', 'party', 'parliament', 'government', 'convention', 'treaty',
  'campaign', 'international', 'of', 'and', 'in', 'for', 'on', 'at', 'but', 'we', 'they', 'it', 'this', 'that', 'who', 'what', 'why', 'landmine', 'survivor',
  'landmines', 'lithuanian', 'latvian', 'estonian', 'polish', 'finnish', 'ukrainian', 'norwegian', 'social', 'democrat', 'seimas', 'saeima', 'sejm', 'riigikogu',
  'eduskunta', 'news', 'world', 'today', 'press', 'release', 'media', 'icbl', 'npa', 'nato', 'eu', 'un', 'udas',
]);

/** A person's name at the end of a capitalised run ("Commander … General Raimunds Vaikšnors" → "Raimunds Vaikšnors"), or undefined. */
export function personName(run: string): string | undefined {
  const words = run.replace(/[*_]/g, ' ').trim().split(/\s+/u).filter((w) => w !== '');
  let i = words.length;
  while (i > 0 && !NOT_NAME.has(fold(words[i - 1] ?? '').replace(/[^a-z-]/g, ''))) i -= 1;
  const name = words.slice(i).slice(-3);
  if (name.length === 0 || name.some((w) => !/^[\p{Lu}]/u.test(w))) return undefined;
  return name.join(' ');
}

/** Lower case without accents: "Šakalienė" → "sakaliene". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Whether two spellings name the same person: the same family name, allowing a dropped ending ("Vaikšnors", "Vaikšnor"). */
export function samePerson(a: string, b: string): boolean {
  const last = (s: string) => fold(s).replace(/^(?:the )/, '').split(/\s+/).at(-1)?.replace(/[^a-z-]/g, '') ?? '';
  const [x, y] = [last(a), last(b)];
  if (x.length < 3 || y.length < 3) return false;
  return x === y || (Math.min(x.length, y.length) >= 5 && (x.startsWith(y.slice(0, -1)) || y.startsWith(x.slice(0, -1))));
}

/** "Lithuania’s Prime Minister" → "Prime Minister of Lithuania"; "the Prime Minister of Lithuania" → "Prime Minister of Lithuania". */
export function officeLabel(office: string): string {
  const poss = /^([\p{Lu}][\p{L}]+)['’]s (.+)$/u.exec(office.trim());
  if (poss) return `${poss[2] ?? ''} of ${poss[1] ?? ''}`;
  return office.trim().replace(/^the /iu, '').replace(/^(?:current|former|new) /iu, '');
}
