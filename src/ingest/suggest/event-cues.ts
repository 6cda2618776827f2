import type { EventKind } from '../../domain/event.js';

/** A phrase that reports an event of a kind, and how to read the rest of the sentence around it. */
export interface EventCue {
  readonly kind: EventKind;
  readonly re: RegExp;
  /** `effect`: the date given is when the step took effect (a withdrawal "took effect on…"), not the deposit. */
  readonly date: 'event' | 'effect';
  /** `all`: every state named in the sentence took part (a joint statement); `one`: the subject. */
  readonly states: 'one' | 'all';
  /** The state is named right after the cue ("a parliamentary vote in Latvia"). */
  readonly stateAfter?: boolean;
  /** "joined", "became a party": an instrument whose kind the text does not say (the record's, else `kind`). */
  readonly anyDeposit?: boolean;
  /** The treaty must be the phrase's object, right after it ("signed the Mine Ban Convention", "ratified it"): "joining NPA" is not an accession. */
  readonly treatyObject?: boolean;
  /** Words just before the phrase that make it something else ("announced its withdrawal from" is not the withdrawal). */
  readonly notAfter?: RegExp;
}

// Words for a legislature, as news writes them (the text reader knows the proper names too: Seimas, Saeima, Sejm…).
const HOUSE = String.raw`(?:parliament|parliamentarians|lawmakers|legislators|legislature|MPs|deputies|lower house|chamber|Seimas|Saeima|Sejm|Senate|Riigikogu|Eduskunta|Rada|Verkhovna Rada|Storting|Bundestag|Congress)`;
const LEAVE = String.raw`(?:withdraw(?:al)?|leav(?:e|ing)|exit(?:ing)?|quit(?:ting)?|denounc(?:e|ing|iation)|pull(?:ing)? out|abandon(?:ing)?|renounc(?:e|ing))`;
const FILE = String.raw`(?:deposited|submitted|handed (?:over|in)|lodged|transmitted|delivered|sent|presented|notified)`;

/**
 * The event phrases the suggester knows, most specific first. Generic English (news, press
 * releases, NGO statements), not the wording of any one text; each is tried on every sentence.
 */
export const EVENT_CUES: readonly EventCue[] = [
  { kind: 'joint_statement', re: /\bjoint(?:ly)? (?:statement|declaration|letter|communiqu[eé]|(?:announced|declared|called|stated|said))\b/iu, date: 'event', states: 'all' },
  { kind: 'parliamentary_vote', re: new RegExp(String.raw`\b(?:parliamentary|plenary|final) vote\b`, 'iu'), date: 'event', states: 'one', stateAfter: true },
  { kind: 'parliamentary_vote', re: new RegExp(String.raw`\b${HOUSE}\b[^.;]{0,60}?\b(?:unanimously |overwhelmingly |narrowly |also |then |finally )?(?:voted|votes|approved|passed|adopted|backed|endorsed|supported|ratified)\b`, 'iu'), date: 'event', states: 'one' },
  { kind: 'parliamentary_vote', re: new RegExp(String.raw`\b(?:was|were|had been) (?:\w+ )?(?:passed|approved|adopted|backed|endorsed) by (?:the )?(?:\w+ )?${HOUSE}`, 'iu'), date: 'event', states: 'one' },
  { kind: 'parliamentary_vote', re: new RegExp(String.raw`\bvoted (?:\d+[-–]\d+ )?(?:unanimously |overwhelmingly )?(?:on \w+ )?(?:to|for|in favou?r of) (?:the )?${LEAVE}`, 'iu'), date: 'event', states: 'one' },
  { kind: 'withdrawal', re: new RegExp(String.raw`\b${FILE}\b[^.;]{0,80}?\b(?:instrument|notification|notice|note|letter) (?:of|on) (?:its |the )?withdrawal\b`, 'iu'), date: 'event', states: 'one' },
  { kind: 'withdrawal', re: new RegExp(String.raw`\b(?:instrument|notification|notice) of withdrawal\b[^.;]{0,60}?\b(?:was|were|has been|had been) (?:${FILE}|received)`, 'iu'), date: 'event', states: 'one' },
  { kind: 'withdrawal', re: /\bwithdrawal (?:from [^.;]{0,90}?)?(?:took|takes|has taken|came into|entered into) effect\b/iu, date: 'effect', states: 'one' },
  { kind: 'withdrawal', re: /\b(?:its|their|the country['’]s|[\p{Lu}][\p{L}]+['’]s) (?:(?:official|formal|final|unprecedented|effective|historic) ){0,2}withdrawal from\b/iu, date: 'effect', states: 'one', notAfter: /\b(?:announc\w*|declar\w*|propos\w*|plan\w*|consider\w*|debat\w*|discuss\w*|seek\w*|call\w* for|urg\w*|support\w*|back\w*|oppos\w*|vot\w* (?:for|on)|on|about|regarding|concerning|over)\s+$/iu },
  { kind: 'withdrawal', re: /\b(?:formally|officially) (?:withdrew|left|exited|quit) (?:from )?the\b/iu, date: 'effect', states: 'one' },
  { kind: 'suspension_notice', re: /\b(?:suspend(?:ed|s|ing)?|suspension of) (?:the )?(?:operation of |application of |its participation in )?(?:the |its )?(?:Convention|Treaty|Ottawa|Mine Ban|obligations)\b/iu, date: 'event', states: 'one' },
  { kind: 'head_of_state_signature', re: /\bPresident\b[^.;]{0,80}?\b(?:signed|promulgated|enacted)\b[^.;]{0,60}?\b(?:law|bill|act|decree)\b/iu, date: 'event', states: 'one' },
  { kind: 'head_of_state_signature', re: /\bsigned (?:the |a )?(?:law|bill|act) (?:on|to|for) (?:the )?(?:withdraw|denounc|leav|exit)/iu, date: 'event', states: 'one' },
  { kind: 'government_decision', re: /\b(?:government|cabinet|council of ministers|ministers|State Defen[cs]e Council|Security Council|National Security and Defen[cs]e Council)\b[^.;]{0,50}?\b(?:decided|approved|adopted|endorsed|agreed|backed|proposed|submitted|recommended)\b/iu, date: 'event', states: 'one' },
  { kind: 'government_decision', re: /\b(?:began|begun|started|launched|initiated|opened) (?:its|the|their|a) (?:own |formal )?(?:withdrawal|exit|denunciation) (?:procedure|process)\b/iu, date: 'event', states: 'one' },
  { kind: 'government_decision', re: /\bdecree\b[^;]{0,30}?\b(?:put|puts|putting|brought|brings|bringing) into (?:effect|force)\b/iu, date: 'event', states: 'one' },
  { kind: 'statement_of_intent', re: new RegExp(String.raw`\bannounced (?:its|their|the country['’]s) (?:intention|intent|plans?|decision) to ${LEAVE}`, 'iu'), date: 'event', states: 'one' },
  { kind: 'stockpile_destroyed', re: /\b(?:completed|finished|concluded) (?:the )?destruction of\b[^.;]{0,70}?\bstockpiles?\b|\bdestroyed (?:its|their|all(?: of its)?) (?:\S+ ){0,4}stockpiles?\b/iu, date: 'event', states: 'one' },
  { kind: 'clearance_completed', re: /\b(?:declared (?:itself )?|became |was declared )(?:mine|landmine)[- ]free\b|\bcompleted (?:its )?(?:mine )?clearance\b/iu, date: 'event', states: 'one' },
  { kind: 'accession', re: /\bacceded to\b|\bdeposited (?:its|the|an) instrument of accession\b/iu, date: 'event', states: 'one', treatyObject: true },
  { kind: 'ratification', re: /(?<![-\w])ratified\b|\bdeposited (?:its|the|an) instrument of ratification\b/iu, date: 'event', states: 'one', treatyObject: true },
  { kind: 'signature', re: /\bsigned\b(?! (?:into|the law|a law|the bill|a bill|the decree|a decree|a letter|the letter))/iu, date: 'event', states: 'one', treatyObject: true },
  // "joined", "became a party": an instrument of some kind; the kind is taken from the record, else accession.
  { kind: 'accession', re: /\b(?:(?<!been )joined|joining|became (?:a|the \d+\w*) (?:State )?Party (?:to|of))\b/iu, date: 'event', states: 'one', anyDeposit: true, treatyObject: true },
];

/** A verb phrase that, close before a cue, makes it unreal: negated, hypothetical or still to come. */
export const UNREAL = /\b(?:not|never|n['’]t|no longer|yet to|would|could|should|might|may|will|shall|plans? to|intends? to|aims? to|wants? to|considering|consider|proposed|possible|potential|if)\b[^.;]{0,30}$/iu;
