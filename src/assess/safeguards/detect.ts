/**
 * Which sentence of an agreement provides each safeguard of Regulation (EU) 2019/1150, read from
 * the wordings a safeguard needs (`docs/annotation/partner-guide.md` states the rules): the
 * first sentence that provides it, or none.
 */
import type { SafeguardId } from "./definitions.ts";

/** "15 days", "thirty (30) calendar days", "two weeks", "one month", "3 months". */
const PERIOD =
  /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty[- ]five|sixty|ninety)\s*(\(\d{1,3}\)\s*)?(calendar\s+|business\s+|working\s+|full\s+)?(days?|weeks?|months?)\b/gi;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  "forty-five": 45,
  "forty five": 45,
  sixty: 60,
  ninety: 90,
};

/** The longest period a sentence names, in days (a month counts 30, a week 7). */
export function longestPeriodDays(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(PERIOD)) {
    const word = match[1]!.toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 0);
    const unit = match[4]!.toLowerCase();
    const days = count * (unit.startsWith("month") ? 30 : unit.startsWith("week") ? 7 : 1);
    longest = Math.max(longest, days);
  }
  return longest;
}

const TERMS_CHANGE =
  /\b(chang\w*|modif\w*|amend\w*|updat\w*|revis\w*)\b[^.;]{0,120}\b(terms|agreement|conditions|policies|polic(y|ies)|contract)\b|\b(terms|agreement|conditions|contract)\b[^.;]{0,120}\b(chang\w*|modif\w*|amend\w*|updat\w*|revis\w*)\b|\bchanges?\b[^.;]{0,80}\b(effective|take effect|apply|posted)\b/i;
const NOTICE =
  /\b(notice|notif\w*|inform\w*|tell|advance|before|prior|in advance|email|no\s+sooner\s+than|at\s+least)\b|\beffective\s+\w+\s+(\(\d+\)\s+)?(calendar\s+)?(days?|weeks?|months?)\s+after\b/i;
/** "within 15 days of the change you may object": a period to react, not notice before it applies. */
const AFTER_THE_FACT =
  /\b(within|after)\s+(\d+|\w+)\s*(\(\d+\)\s*)?(calendar\s+)?days?\s+(of|after|following)\s+(the\s+)?(posting|publication|change)/i;

const SUSPEND =
  "(suspen\\w*|terminat\\w*|restrict\\w*|disabl\\w*|deactivat\\w*|limit\\w*|remov\\w*|delist\\w*|block\\w*|discontinu\\w*|clos(e|ed|es|ing|ure)\\b|disciplinary\\s+actions?)";
const GROUNDS =
  "(breach\\w*|violat\\w*|fail\\w*\\s+to\\s+comply|non-?complian\\w*|fraud\\w*|illegal|unlawful|legal\\s+(requirement|obligation|reason)s?|required\\s+by\\s+law|law\\s+requires|court\\s+order|risk|harm\\w*|insolven\\w*|bankrupt\\w*|abuse|misuse|infring\\w*|security|inactiv\\w*|(do|does)\\s+not\\s+(update|fix|comply|remedy|cure))";
/** The provider's power to act, or the reader's account acted on: "may suspend", "may be terminated". */
const POWER_TO =
  "\\b(may|can|will|shall|reserves?\\s+the\\s+right\\s+to|right\\s+to|entitled\\s+to)\\b[^.;]{0,100}?\\b";
const GROUNDS_SET_OUT = new RegExp(
  `${POWER_TO}${SUSPEND}\\b[^.;]{0,200}\\b(if|where|when|in\\s+the\\s+event|because|for|upon|due\\s+to|in\\s+case)\\b[^.;]{0,160}\\b${GROUNDS}|\\b(if|where|in\\s+the\\s+event|to\\s+(deter|prevent|protect\\s+against))\\b[^.;]{0,160}\\b${GROUNDS}\\b[^.;]{0,200}\\b${SUSPEND}` +
    // "failure to comply … may result in the termination of your access"
    `|\\b(failure\\s+to\\s+comply|breach\\w*|violat\\w*)\\b[^.;]{0,120}\\b(result\\w*|lead\\s+to|grounds?\\s+for)\\b[^.;]{0,80}\\b${SUSPEND}` +
    // "Acme may restrict, suspend or terminate your access if:" — the grounds follow as a list
    `|\\b${SUSPEND}\\b[^.;]{0,200}\\b(if|where|when|following\\s+(reasons|circumstances|cases|grounds))\\s*:\\s*$`,
  "i",
);

const REASONS_GIVEN = new RegExp(
  `\\b(notify|inform|tell|provide|give|send|explain|communicate|state|set out|specify|identify\\w*)\\b[^.;]{0,80}\\b(reasons?|explanation|grounds|basis|statement\\s+of\\s+reasons|why)\\b[^.;]{0,160}\\b${SUSPEND}|\\b${SUSPEND}\\b[^.;]{0,160}\\b(notify|inform|tell|provide|give|send|explain|communicate|state|set out|specify|identify\\w*)\\b[^.;]{0,80}\\b(reasons?|explanation|grounds|basis|statement\\s+of\\s+reasons|why)\\b|\\bstatement\\s+of\\s+reasons\\b|\\bnotice\\s+identifying\\b|\\bwritten\\s+notice\\s+of\\s+(such|the)\\s+(breach|violation|default)\\b|\\bexplain\\w*\\s+the\\s+(nature|reasons?|grounds)\\b|\\b(notify|inform|tell)\\b[^.;]{0,80}\\babout\\s+the\\s+(breach|violation|issues?|problems?)\\b`,
  "i",
);
/** The reader explaining to their own users, not the provider to the reader. */
const READER_EXPLAINS =
  /\b(you|api clients?|developers?|sellers?)\b[^.;]{0,60}\b(must|shall|should)\s+(explain|tell|inform|notify)\b/i;
const REASONS_REFUSED =
  /\b(without|no|not\s+(be\s+)?(obliged|obligated|required)\s+to\s+(give|provide|state))\s+(any\s+)?(reasons?|explanation)/i;

const COMPLAINT =
  /\b(appeal\w*|complaints?[- ](handling|process|procedure|system|form|mechanism)|(submit|lodge|file|make|raise)\s+a\s+complaint|(questions|concerns)\s+or\s+complaints|complaints\s+(to|at|via|through)\b|you\s+(may|can)\s+complain|make\s+a\s+claim\s+within|disputed\s+invoices?|dispute\s+regarding\s+an\s+invoice|informal\s+dispute\s+resolution|complaints\s+and\/or|questions,?\s+complaints|contest\s+(the|a|our|such)\s+(decision|determination|action)|request\s+(a\s+)?(review|reconsideration)|dispute\s+(the|a|any|such)\s+(decision|determination|charge|invoice|billing)|(billing|payment)\s+disputes?|counter[- ]notice|counter[- ]notification)\b/i;
/** Arbitration, courts and pointers to a "dispute" section are not an internal complaint system. */
const NOT_INTERNAL = /\b(arbitrat\w*|court|tribunal|judicial|appellate|jury|small claims)\b/i;
const COMPLAINT_DENIED = /\b(no|not|without)\s+(\w+\s+){0,3}(appeal|complaint)/i;

const MEDIATION = /\bmediat(or|ors|ion)\b/i;
/** A named body: capitalised words or an acronym near the word "mediator". */
const NAMED_MEDIATOR =
  /\bmediat(or|ors|ion)\b[^.;]{0,120}\b(Centre|Center|CEDR|Institute|Association|Chamber|Service|Board|Office|Council|Society)\b|\b(CEDR|Centre for Effective Dispute Resolution|JAMS\s+mediat\w*)\b|\bmediation\s+with\s+(the\s+)?[A-Z]{2,}|\b[A-Z]{2,}\s+Mediation\s+Rules\b/;

const RANKING =
  /\b(rank\w*|recommend\w*|ranked|order\w*\s+of\s+(search\s+)?results|search\s+results|placement|visibility|prominence|ad\s+auctions?|auction)\b/i;
const PARAMETERS =
  /\b(sorted|prioriti[sz]ed|ordered)\s+by\b|\b(see|review)\b[^.;]{0,60}\b(rules|recommendations|ranking|parameters)\b|\b(based\s+on|depends?\s+on|determined\s+by|factors?|signals?|parameters?|criteria|improv\w*|in\s+order\s+of|according\s+to)\b/i;

const DATA_ACCESS =
  /\b(retains?|owns?|shall\s+own|continue\s+to\s+own)\b[^.;]{0,100}\b(data|statistics|reports|analyses)\b|\bbelong\w*\s+to\s+(us|[A-Z]\w+)\b[^.;]{0,60}\bdata\b|\bdata\b[^.;]{0,80}\bbelong\w*\s+to\s+(us|[A-Z]\w+)|\bfree\s+to\s+use\s+(the\s+)?([\w-]+\s+)?data\b|\b(will\s+only|may\s+only|will\s+not)\s+(access|use|process)\w*\b[^.;]{0,40}\b(customer|your|client)\s+data\b|\bderive\b[^.;]{0,60}\bdata\s+from\b|\b(provide|share|make\s+available)\w*\b[^.;]{0,80}\b(analytics|data|reports?|statistics|information)\b[^.;]{0,60}\b(to|with)\s+(you|advertisers?|customers?|developers?|publishers?|sellers?|merchants?)\b|\b(you|developers?|sellers?|publishers?|advertisers?|merchants?)\s+(have|has|get|gets|will\s+have)\s+access\s+to\b[^.;]{0,60}\b(data|reports?|analytics|statistics|information)\b|\b(collects?|shares?)\b[^.;]{0,60}\bdata\s+with\s+(us|[A-Z]\w+)\b|\byou\s+(can|may|will\s+be\s+able\s+to|are\s+able\s+to)\s+(\w+\s+){0,2}(access|obtain|receive|view|download|export|retrieve)\b[^.;]{0,120}\b(data|reports?|reporting|analytics|statistics|metrics|information|insights)\b|\b(provide\s+you\s+with|make\s+available\s+to\s+you|share\s+with\s+you)\b[^.;]{0,80}\b(data|reports?|reporting|analytics|statistics|metrics|insights)\b|\b(you|developers?)\s+(may|will|must|shall)\s+(not\s+)?(only\s+)?(use|access|disclose|share|store)\b[^.;]{0,60}\b(users?|customers?|end users?)['’]?s?\s+(\w+\s+)?(data|information)\b|\b(data|reports?|statistics|metrics|analytics|insights)\b[^.;]{0,120}\b(available\s+to\s+you|you\s+(can|may)\s+(access|view|download|export))\b|\b(we|google|amazon|meta|apple)\s+(collect|receive|obtain|retain|keep|own|use)\w*\b[^.;]{0,100}\b(data|information)\b[^.;]{0,100}\b(your\s+use|generated|you\s+provide|your\s+(app|customers?|users?|end\s+users?|products?|listings?|sales))\b/i;

/** Whether one sentence provides the safeguard. */
export function providesSafeguard(id: SafeguardId, text: string): boolean {
  switch (id) {
    case "S1":
      return (
        TERMS_CHANGE.test(text) &&
        NOTICE.test(text) &&
        longestPeriodDays(text) >= 15 &&
        !AFTER_THE_FACT.test(text)
      );
    case "S2":
      return GROUNDS_SET_OUT.test(text);
    case "S3":
      return REASONS_GIVEN.test(text) && !REASONS_REFUSED.test(text) && !READER_EXPLAINS.test(text);
    case "S4":
      return COMPLAINT.test(text) && !NOT_INTERNAL.test(text) && !COMPLAINT_DENIED.test(text);
    case "S5":
      return MEDIATION.test(text) && NAMED_MEDIATOR.test(text);
    case "S6":
      return RANKING.test(text) && PARAMETERS.test(text);
    case "S7":
      return DATA_ACCESS.test(text);
  }
}
