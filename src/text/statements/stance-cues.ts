import type { Stance } from '../../domain/people/statement.js';

// Stances are taken on the question "should <state> withdraw from <treaty>?": `supports` means for leaving.
// Generic advocacy and news wording, not the words of any one text.
const LEAVE = String.raw`(?:withdraw\w*|leav(?:e|ing)|exit(?:ing)?|quit(?:ting)?|pull(?:ing)? out|denounc\w+|de-?ratif\w+)`;

const SUPPORTS: readonly RegExp[] = [
  // Any state as the subject ("Latvia should withdraw"): a state's name is a capitalised word, not a list kept here.
  new RegExp(String.raw`\b(?:we|I|they|it|the country|[\p{Lu}][\p{L}]+) (?:should|must|ought to|need to|have to) ${LEAVE}`, 'u'),
  new RegExp(String.raw`\bsupport(?:s|ed|ing)? (?:for )?(?:the )?(?:idea|decision|plan|proposal|bill|law|motion)? ?(?:of |to )?(?:[\p{L}’']+['’]s |the country['’]s |its )?${LEAVE}`, 'iu'),
  new RegExp(String.raw`\b(?:signal(?:l)?ed|expressed|voiced|declared) (?:(?:their|his|her|its) )?support for\b`, 'iu'),
  new RegExp(String.raw`\b${LEAVE}[^.;“”]{0,50}? would (?:\S+ )?(?:boost|strengthen|improve|increase|free|enhance|help)\b`, 'iu'),
  /\bwould “?strengthen (?:national )?(?:defen[cs]e|deterrence|security)\b/iu,
  new RegExp(String.raw`\b(?:idea|proposal|plan|decision|intention) (?:of|to) (?:\S+ ){0,8}?${LEAVE}`, 'iu'),
  new RegExp(String.raw`\b(?:by )?agreeing to ${LEAVE}`, 'iu'),
  /\burged (?:support for|(?:MPs|lawmakers|members|colleagues) to (?:back|support|vote for)) the (?:bill|law|motion|decision|proposal)\b/iu,
  /\bwill (?:only )?support it\b/iu,
  /\bfree our hands\b/iu,
];

const OPPOSES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:oppos(?:e|es|ed|ing)|against) (?:the |its |any |this |a )?(?:(?:country['’]s|[\p{Lu}][\p{L}]+['’]s) )?(?:decision|plan|proposal|bill|move|idea)?(?: to| of)? ?${LEAVE}`, 'iu'),
  /\b(?:condemn\w*|deplor\w*|regrett?\w*) (?:the |this |that |its |[\p{L}’']+['’]s )?(?:country['’]s )?(?:decision|vote|move|step|withdrawal|plan)/iu,
  /\b(?:short-sighted|irresponsible|ill-informed|step (?:in the wrong direction|backwards?)|self-sabotage|act of desperation|death traps?)\b/iu,
  /\buphold (?:it|international (?:humanitarian )?law|the (?:Convention|Treaty|ban|norm))\b/iu,
  /\b(?:remain(?:ing)? (?:committed to|in|within|a party)|stay(?:ing)? in|keep (?:its|their|your) commitment|recommit|not retreat|reconsider)\b/iu,
  /\b(?:reject (?:any|this|the) (?:contemplation|plan|idea|proposal|banned)|walk(?:s|ing)? (?:out of|away from)|seeks? to abandon|abandon(?:ing)? the (?:Convention|Treaty))\b/iu,
  /\b(?:not|never) (?:keep|make) [\p{L} ]{0,30}safe\b|\bhidden killers\b|\bnot (?:a )?modern defen[cs]e\b/iu,
  /\baligns? [\p{L} ]{0,20}with (?:global )?violators\b|\bstand (?:firmly )?against landmines\b|\b(?:incomprehensible|shocking|tarnish\w*)\b/iu,
];

/** The stance a passage takes on leaving the treaty, from its wording; undefined when it takes none or both. */
export function stanceOf(words: string): Stance | undefined {
  const flat = words.replace(/[*_]/g, '');
  const pro = SUPPORTS.some((re) => re.test(flat));
  const con = OPPOSES.some((re) => re.test(flat));
  if (pro === con) return undefined;
  return pro ? 'supports' : 'opposes';
}
