/**
 * The categories that decide a small partner's living (a driver, seller, creator or developer),
 * read from their definitions as the other categories beyond the nine are
 * (`docs/decisions/0008-beyond-the-corpus.md`):
 *
 * - `pay` unilateral change of money terms: the provider sets or changes prices, fees,
 *   commissions, rates or the reader's pay at its discretion or by notice alone (not: a fixed
 *   amount changed only by agreement, or a price the reader sets).
 * - `hold` withholding, set-off or clawback: the provider withholds, delays, freezes, deducts,
 *   sets off, charges back or reclaims payouts or earnings at its discretion (not: normal payment
 *   timing, an agreed commission, or tax the law makes it withhold).
 * - `auto` automated or rating-based decisions without review: deactivation, suspension,
 *   penalties, pay, access or ranking tied to ratings, scores or automated systems, or such a
 *   decision made final, unexplained or closed to appeal (not: a person reviews it on request).
 * - `excl` restraint on dealing elsewhere: exclusivity, non-compete, non-solicitation, or price or
 *   offer parity with other channels (not: confidentiality only, or limits on what the reader does
 *   with the provider's own service, API or data).
 *
 * Every pattern stays within one clause ("[^.;]"), so a neighbour's words never make a finding.
 */

/** Up to this many characters of one clause between the parts of a wording. */
const GAP = "(?:[^.;]|\\.(?=\\d)){0,80}";
const WIDE_GAP = "(?:[^.;]|\\.(?=\\d)){0,160}";

/** What money terms are called, the reader's pay included. */
const MONEY =
  "(?<!without\\s)(?<!no\\s)(fees?|prices?|pricing|rates?(?!\\s+limit)|commissions?|revenue[- ]shares?|rev(enue)? share|share of (the )?(revenue|net revenues?|proceeds)|charges?|payment terms|payouts?|earnings|compensation|remuneration|royalt(y|ies)|fares?|tariffs?|surcharges?|subscription (fees?|prices?)|service fees?|net revenues?|credit( limits?| lines?| terms)?|the amount of (any |the )?(payments?|earnings|fees?)|amounts? (payable|paid|owed) to you)\\b";

/** The provider changing, setting or deciding the money at will, or by notice alone. */
const PAY_CHANGED = new RegExp(
  [
    // "we may change our fees at any time", "Google reserves the right to modify the revenue share"
    `\\b(may|can|might|reserves?\\s+the\\s+right\\s+to|is\\s+entitled\\s+to|are\\s+entitled\\s+to|will\\s+be\\s+entitled\\s+to|right\\s+to)\\s+((\\w+,?\\s+){0,3}(or|and)\\s+)?(change|modify|amend|adjust|revise|update|increase|raise|alter|vary|set(?![- ]off)|determine|introduce|establish|impose|add|reduce|lower|decrease)\\w*\\b${GAP}\\b${MONEY}`,
    // "fees are subject to change", "the revenue share may change from time to time"
    `\\b${MONEY}${GAP}\\b(are|is|will\\s+be|shall\\s+be|may\\s+be|remain)\\s+subject\\s+to\\s+(change|revision|modification|adjustment)`,
    `\\b${MONEY}\\b[^.;]{0,40}\\b(may|can|will)\\s+(change|be\\s+(changed|modified|adjusted|revised|updated|increased|amended))\\b`,
    // "the fees will be determined by Google in its sole discretion", "calculated … based on our records"
    `\\b${MONEY}${GAP}\\b(determined|set|calculated|decided|established|fixed)\\b${GAP}\\b(sole|absolute|own|reasonable)?\\s*(discretion|determination|records?|accounting|measurements?|systems?)\\b`,
    `\\b(in|at)\\s+(its|our|their)\\s+(sole|absolute|own)\\s+(and\\s+absolute\\s+)?discretion\\b[^.;]{0,30}\\b(change|modify|adjust|set|determine|revise|increase|reduce|lower|calculate)\\w*\\b${GAP}\\b${MONEY}`,
    // "payments will be calculated solely based on Google's accounting"
    `\\b(payments?|earnings|payouts?|revenues?|amounts?)\\b${GAP}\\b(calculated|determined|measured|based)\\b[^.;]{0,40}\\b(based\\s+on|according\\s+to|by|on)\\s+(our|its|the\\s+provider'?s|[A-Z]\\w+[’']s)\\s+(own\\s+)?(records?|accounting|measurements?|systems?|data|calculations?)\\b`,
    // "charged at our then-current rates": the provider sets the price of every renewal
    `\\bthen[- ]current\\s+(\\w+\\s+)?(rates?|fees?|prices?|pricing|list\\s+prices?)\\b`,
    // "we may charge a fee for …", "you may be charged final value fees": new charges at will
    `\\b(may|can|reserves?\\s+the\\s+right\\s+to|right\\s+to)\\s+(\\w+\\s+){0,2}(charge|impose|levy|introduce|make\\s+a\\s+charge)\\w*\\b[^.;]{0,40}\\b(fees?|charges?|surcharges?|commissions?)\\b|\\b(may|will)\\s+be\\s+(charged|liable\\s+to\\s+pay)\\b[^.;]{0,40}\\b(fees?|charges?)\\b`,
    // "any changes to the subscription fees will take effect …", "in the event of a pricing change"
    `\\bchanges?\\s+(to|in)\\s+(the\\s+|our\\s+|its\\s+)?(\\w+\\s+)?${MONEY}[^.;]{0,60}\\b(take\\s+effect|apply|effective)\\b|\\b(pricing|price|fee)\\s+changes?\\b`,
    // the provider's own records or tools decide the amount
    `\\b(records?|reporting|measurement\\s+tools?|measurements?)\\b[^.;]{0,80}\\b(shall\\s+prevail|will\\s+prevail|prevails?|determinative|conclusive|will\\s+be\\s+used\\s+to\\s+determine|form\\s+the\\s+basis)\\b|\\bbased\\s+on\\s+(its|our)\\s+own\\s+records\\b`,
    `\\bexchange\\s+rates?\\b[^.;]{0,60}\\b(we\\s+set|set\\s+by\\s+us|is\\s+adjusted|are\\s+adjusted)\\b|\\bcalculate\\s+and\\s+render\\b[^.;]{0,40}\\bexchange\\s+rate`,
    `\\b(revenues?|earnings|payouts?|fees?)\\b[^.;]{0,100}\\bas\\s+determined\\s+by\\s+(us|(?!you\\b)[A-Z]\\w+)\\b`,
    // "we will give you 30 days' notice of changes to our service fee": changed by notice alone
    `\\bnotice\\s+of\\s+(any\\s+)?(material\\s+)?(changes?|increases?|modifications?|revisions?)\\s+(to|in)\\s+(our\\s+|the\\s+|its\\s+)?(\\w+\\s+){0,2}${MONEY}`,
  ].join("|"),
  "i",
);

/** The reader setting their own prices, or a change that needs both sides' agreement. */
const PAY_BY_READER =
  /\b(you|sellers?|merchants?|developers?|creators?|publishers?|partners?)\s+(may|can|will|are free to|have the right to|determine|set|choose|decide)\s+(\w+\s+){0,3}(set|change|determine|choose|decide|adjust)?\w*\s*(\w+\s+){0,2}(your|their|the)?\s*(own\s+)?(prices?|pricing|list prices?|subscription prices?)\b/i;
/** Charges a third party makes (a carrier, a bank), not the provider. */
const PAY_THIRD_PARTY =
  /\barbitrat\w*\b|\b(a|the|each|any)\s+(service provider|merchant|seller|vendor|third[- ]party)\s+(may|can)\s+(change|set|adjust)\b|\b(wireless|mobile|carrier|data plan|internet service provider|your bank|payment processor|third[- ]part(y|ies))\b[^.;]{0,60}\b(may|can|will)\s+(charge|impose|apply)\b/i;
const PAY_AGREED =
  /\b(only|solely)\s+(by|with|upon|on)\s+((mutual|written|both parties'?)\s+){1,2}(agreement|consent)|\bmutually\s+agreed\b|\bsigned\s+by\s+both\s+parties\b|\bwith\s+your\s+(prior\s+)?(written\s+)?(consent|agreement)\b/i;

/** What a payout, balance or earning is called. */
const PAYOUT =
  "(payments?(?!\\s+(information|details|methods?|instruments?|networks?|processors?|cards?|providers?|accounts?|obligations?))|payouts?|pay-?outs?|earnings|balances?|funds|proceeds|revenues?|royalt(y|ies)|amounts?|sums?|monies|money(?!\\s+back)|compensation|remittances?|disbursements?|settlements?|net revenues?|credits|electronic money)";

/** The provider keeping money back, or taking it back (never "hold harmless", never the reader's remedy). */
const HOLD_VERB =
  "(withh[eo]ld\\w*|hold\\s+back|(place|put)\\s+(a\\s+)?holds?\\s+on|delay\\w*|suspend\\w*|freez\\w*|froze|deduct\\w*|set(s|ting)?[- ]off|offset\\w*|charg(e|es|ed|ing)\\s+back|claw\\w*\\s+back|recoup\\w*|reclaim\\w*|revers\\w*|retain\\w*|forfeit\\w*|refus\\w*\\s+to\\s+pay|not\\s+(be\\s+)?(obligated|required|liable)\\s+to\\s+(make\\s+)?pay)";

/** What may stand between the verb and the money it acts on: "withhold any future payments". */
const DETERMINERS =
  "(?:(?:any|all|the|your|such|some|part|portion|of|or|and|a|an|future|further|pending|associated|related|these|those|from|redemption|payments?\\s+due\\s+to)\\s+){0,5}(?:(developer|marketplace|account|advertiser|publisher|creator|seller|partner|unpaid|outstanding|net|gross|electronic|prepaid|unused)\\s+)?";

/** The provider keeping or taking back the reader's money. */
const HOLD = new RegExp(
  [
    // the money as the verb's object: "withhold payments", "delay payout", "freeze your balance"
    `\\b${HOLD_VERB}\\s+${DETERMINERS}${PAYOUT}\\b`,
    // taken out of the reader's money: "deduct the amount of those refunds from payments to you"
    `\\b(deduct\\w*|set(s|ting)?[- ]off|offset\\w*|withh[eo]ld\\w*|recoup\\w*|(?<!(direct|sepa|or|credit)\\s)debit(s|ed|ing)?(?!\\s+(card|payment)))\\b[^.;]{0,80}\\bfrom\\s+(your|the|any|such|future|its)?\\s*(\\w+\\s+)?(payments?|payouts?|earnings|balances?|funds|proceeds|revenues?)\\b(?!\\s+(information|details|method))`,
    // the reader's access to their money restricted: "restrict access to your funds", "delay a withdrawal"
    `\\b(restrict\\w*|limit\\w*|block\\w*)\\s+(\\w+\\s+)?(access\\s+to\\s+)?(your\\s+)?(funds|balances?|payouts?|withdrawals?|earnings)\\b|\\b(delay|suspend|hold|freeze|limit)\\w*\\s+(a|any|your)\\s+withdrawals?\\b|\\b(set|impose|place)\\s+limits?\\s+on\\s+(your\\s+)?(withdrawals?|payouts?|funds)\\b|\\breserve\\s+account\\b|\\baccount\\s+holds?\\b`,
    `\\b(hold|freeze|revers\\w*)\\s*,?\\s+(\\w+,?\\s+){0,3}(any|the|your)\\s+transactions?\\b|\\btransactions?\\b[^.;]{0,40}\\b(frozen|held)\\b|\\bdebit\\s+your\\s+account\\b`,
    // refunds taken back from the seller: "charge the seller for the amount of the refund"
    `\\b(charge|invoice|bill)\\w*\\s+(the\\s+seller|you|sellers?)\\s+(for\\s+|in\\s+)?the\\s+amount\\s+of\\s+the\\s+(refund|reimbursement|chargeback)|\\bpaid\\s+against\\s+future\\s+(sales|earnings|payouts)\\b`,
    `\\b${PAYOUT}\\b${GAP}\\b(may|can|could|might)\\s+be\\s+((\\w+\\s+)?or\\s+)?(withheld|held|delayed|suspended|frozen|deducted|offset|set off|reversed|forfeited|clawed back|recouped|reclaimed|charged back|cancelled)\\b`,
    `\\b${PAYOUT}\\b${GAP}\\b(will|shall)\\s+be\\s+(\\w+ly\\s+)?(withheld|frozen|forfeited|clawed back|reclaimed)\\b|\\bsubject\\s+to\\s+a\\s+(hold|reserve)\\b`,
    // "amounts you owe us may be deducted from your payouts": set-off
    `\\b(amounts?|sums?|fees?|refunds?|chargebacks?)\\b[^.;]{0,30}\\b(you\\s+(owe|are\\s+past\\s+due)|owed\\s+by\\s+you|due\\s+from\\s+you)\\b${GAP}\\b(deduct\\w*|set[- ]off|offset|withh[eo]ld\\w*|recover\\w*|recoup\\w*)\\b`,
    `\\bright\\s+(of|to)\\s+(set[- ]off|offset|recoupment|withhold\\s+${DETERMINERS}${PAYOUT})\\b`,
    // "you will not be entitled to any further payment": earnings forfeited
    `\\bnot\\s+(be\\s+)?entitled\\s+to\\s+(be\\s+paid|receive\\s+(any\\s+)?(further\\s+)?payments?|(any\\s+)?further\\s+(payments?|earnings|compensation)|(any\\s+)?(earnings|payouts?))\\b`,
    // "you will be liable for all Chargebacks", "we may recover from you any monetary loss"
    `\\b(liable|responsible)\\s+for\\s+(all\\s+|any\\s+)?(chargebacks?|reversals?)\\b|\\brecover\\w*\\s+from\\s+you\\s+(any|all|the)\\b`,
  ].join("|"),
  "i",
);

/** Tax the law makes the provider withhold, unless the sentence also keeps money for other reasons. */
const HOLD_TAX = /\b(tax(es)?|vat|gst|duties)\b/i;
const HOLD_BEYOND_TAX =
  /\b(breach\w*|fraud\w*|invalid|investigat\w*|discretion|suspen\w*|terminat\w*|chargebacks?|refunds?|owe[sd]?|violat\w*|disput\w*)\b/i;
/** A definition of a word ("By Chargebacks we mean …") states no term. */
const DEFINES = /\b(we mean|means|shall mean|refers? to|is defined as)\b/i;
/** Payout timing alone, an agreed commission, or tax the law makes the provider withhold. */
const HOLD_ORDINARY =
  /\bthird[- ]party\s+fees\b|\b(when|upon)\s+(purchasing|you\s+purchase|buying|you\s+buy)\b|\bdeduct\w*\s+(our|the|its|any\s+applicable|applicable)\s+(\w+[- ]related\s+|service\s+|transaction\s+)?(fees?|commissions?|price)\b|\b(withh[eo]ld\w*|deduct\w*)\b[^.;]{0,80}\b(tax(es)?|vat|gst)\b[^.;]{0,80}\b(required|requires?|law|legally|applicable)\b|\b(required|obligated)\s+by\s+(applicable\s+)?law\s+to\s+withh[eo]ld\b/i;
/** The reader withholding (a right of the reader's), or a promise not to withhold. */
const HOLD_BY_READER =
  /\byou\s+(may|can|are entitled to|have the right to)\s+(\w+\s+){0,2}(withh[eo]ld|suspend|set off|offset|cancel)\b|\b(we|google|amazon)\s+(will|shall)\s+not\s+(\w+\s+){0,2}(withh[eo]ld|delay|suspend|deduct)\b|\b(no|neither)\s+party\s+(may|will|shall|can)\b|\b(you|customer|client|users?|members?)\s+(is|are|will\s+be)\s+not\s+entitled\s+to\s+(withh[eo]ld|delay|set[- ]off|deduct|offset)|\byou\s+(cannot|can\s*not|may\s+not|must\s+not|shall\s+not)\s+(\w+\s+){0,2}(set[- ]off|deduct|withh[eo]ld|offset)\b|\b(reclaim|recover)\w*\s+(its|their|his|her|your)\s+(own\s+)?funds\b|\bif\s+you\s+(initiate|file|make|request)\s+a\s+chargeback\b/i;

/** What decides a partner's living: deactivation, suspension, penalties, pay, access, ranking. */
const DECISION =
  "(not\\s+(to\\s+)?(display|show)|deactivat\\w*|suspen\\w*|terminat\\w*|disabl\\w*|remov\\w*|ban\\w*|block\\w*|restrict\\w*|limit\\w*|penalt\\w*|penali[sz]\\w*|fines?|demot\\w*|downgrad\\w*|rank\\w*|visibility|eligib\\w*|payments?|payouts?|earnings|decisions?|determinations?|violations?|actions?|findings?|judgments?|conclusions?)";

/** What a provider decides about the partner, where "final" closes it (not "payments are final": no refunds). */
const DECIDED =
  "(decisions?|determinations?|findings?|judgments?|judgements?|conclusions?|assessments?|actions?|deactivations?|suspensions?|terminations?|penalt(y|ies)|rulings?)";

/** Ratings, scores, metrics, automated systems. */
const MACHINE =
  "(ratings?|star ratings?|scores?|scoring|metrics?|automated\\s+(systems?|means|tools?|processes?|decisions?|decision-making|detection|filters?|review)|algorithm\\w*|machine[- ]learning|performance\\s+(standards?|metrics?|thresholds?|measurements?)|(refund|uninstall|cancellation|acceptance|defect|return|chargeback|complaint)\\s+rates?|(trust|trusted|quality)\\s+signals?|quality\\s+(scores?|thresholds?))";

/** The adverse actions a rating or a machine can decide. */
const ADVERSE =
  "(not\\s+(to\\s+)?(display|show)|deactivat\\w*|suspen\\w*|terminat\\w*|disabl\\w*|remov\\w*|ban(s|ned|ning)?|block\\w*|restrict\\w*|penalt\\w*|penali[sz]\\w*|fines?|demot\\w*|downgrad\\w*|rank\\w*|visibility|eligib\\w*|lower\\w*\\s+(your\\s+)?(pay|earnings|rate))";

const AUTO = new RegExp(
  [
    // "accounts whose rating falls below 4.6 may be deactivated", "ranking is determined by our algorithms"
    `\\b${MACHINE}\\b${WIDE_GAP}\\b${ADVERSE}`,
    `\\b${ADVERSE}${WIDE_GAP}\\b(based\\s+on|based\\s+upon|according\\s+to|determined\\s+by|by\\s+means\\s+of|through|using|via|by)\\s+(\\w+\\s+){0,3}${MACHINE}\\b`,
    // "we may choose not to display your content if trusted signals indicate …"
    `\\b${ADVERSE}${WIDE_GAP}\\b(if|when|where)\\b[^.;]{0,40}\\b${MACHINE}\\b`,
    // automation or AI moderating, ranking or recommending: "we use automation to moderate content"
    `\\b(use|uses|using|used)\\s+(automation|automated\\s+\\w+|artificial\\s+intelligence|machine\\s+learning|algorithms?)\\b[^.;]{0,100}\\b(moderat\\w*|discover\\w*|rank\\w*|recommend\\w*|featur\\w*|search|enforc\\w*|detect\\w*|review\\w*)`,
    // visibility by popularity: "sorted by popularity", "those with the most sales will appear first"
    `\\b(sorted|ranked|prioriti[sz]ed|ordered|featured)\\s+(\\w+\\s+)?by\\s+(the\\s+)?(number\\s+of\\s+|most\\s+)?(popularity|likes?|liked|sales|ratings?|views|engagement|downloads)\\b|\\bthose\\s+with\\s+the\\s+most\\s+(sales|likes|views|downloads)\\b|\\balgorithmically\\b`,
    // termination by a metric: "if Advertiser's monthly spend is less than $10,000 … terminate"
    `\\b(spend|usage|activity|sales|volume|rating)\\s+(is|are|falls?)\\s+(less|lower|below)\\b[^.;]{0,160}\\b(terminat\\w*|suspen\\w*|deactivat\\w*)`,
    // "Google's determination is final", "decisions are final and binding"
    `\\b${DECIDED}\\b[^.;]{0,60}\\b(is|are|will\\s+be|shall\\s+be)\\s+(final|conclusive|binding|final\\s+and\\s+binding|not\\s+(subject\\s+to|open\\s+to)\\s+(appeal|review|challenge))\\b`,
    `\\b(final|conclusive|sole\\s+and\\s+final|final\\s+and\\s+binding)\\s+(decision|determination|say|word|arbiter|judge)\\b`,
    // "without giving any reason", "we are not obliged to explain"
    `\\b${DECISION}${WIDE_GAP}\\bwithout\\s+(giving|providing|stating|offering|assigning|any|prior)?\\s*(any\\s+)?(reasons?|explanations?|justifications?|cause\\s+given)\\b`,
    `\\b(not|never|no)\\s+(be\\s+)?(obliged|obligated|required|bound)\\s+to\\s+((give|provide|state|disclose)\\s+((any|the|its|their|a|an)\\s+)?(reasons?|explanations?|justifications?)|explain|justify)\\b`,
    `\\b(no|not\\s+(be\\s+)?(entitled|able)\\s+to\\s+(an?\\s+)?)\\s*(right\\s+(of|to)\\s+)?(appeal|review|challenge)\\b`,
    `\\bnot\\s+to\\s+(provide|offer|give)\\s+(any\\s+)?(appeals?|appeal\\s+channels?|review)\\b`,
  ].join("|"),
  "i",
);

/**
 * Where the machine or the final word is not the provider's over the reader: the reader's own
 * bots and scrapers, an arbitrator's or a court's decision, a definition, a denial.
 */
const AUTO_NOT_PROVIDERS =
  /\b(robots?|spiders?|scrapers?|crawlers?|bots|scripts)\b|\b(arbitrat\w*|courts?|judges?|tribunal|jury)\b|\b(means|shall mean|refers? to|is defined as)\b|\bmanipulat\w*|\breverse\s+engineer|\bsource\s+code\b|\bdecompil\w*|\bage\s+ratings?\b|\b(prizes?|contests?|competitions?|sweepstakes?|winners?)\b|\b(do|does|will)\s+not\s+(\w+\s+){0,2}(make|use|rely)\w*\b[^.;]{0,40}\b(decisions?|automat\w*|algorithm\w*)/i;

/** A person reviews on request, or an appeal is offered in the same sentence. */
const AUTO_REVIEWED =
  /\b(made|taken|reviewed)\s+by\s+(people|humans?|a\s+person|our\s+staff)\b|\b(you\s+(may|can)\s+(\w+\s+){0,3}(appeal|request\s+(a\s+)?(human\s+)?review|contest|challenge|dispute|ask\s+for\s+(a\s+)?review))\b|(?<!\b(without|no|any)\s)\b(human|manual)\s+review\b|\bappeals?\s+(process|procedure|form|are\s+available|is\s+available)\b|\bright\s+to\s+appeal\b(?![^.;]{0,20}\bwaiv)/i;

const EXCL = new RegExp(
  [
    // "on an exclusive basis", "you grant us exclusive rights", "exclusivity"
    `(?<!non[- ])\\b(on\\s+an?\\s+exclusive\\s+basis|exclusively\\s+(through|via|on|with)|exclusivity|exclusive\\s+(licen[cs]e|distributor|partner|provider|arrangement|relationship|dealing)|exclusive\\s+rights?\\s+to\\s+(sell|distribut|market|offer|publish|exploit|represent|licen[cs])\\w*)\\b`,
    // "non-compete", "you will not compete with", "refrain from working for a competitor"
    `\\b(non[- ]?compet\\w*|covenant\\s+not\\s+to\\s+compete|not\\s+(to\\s+)?(directly\\s+or\\s+indirectly\\s+)?compete)\\b`,
    `\\b(you|sellers?|developers?|partners?|creators?|drivers?|merchants?|publishers?|streamers?|hosts?)\\b[^.;]{0,30}\\b(not|never|refrain\\s+from)\\b[^.;]{0,40}\\b(work\\w*|partner\\w*|contract\\w*|engag\\w*|deal\\w*|offer\\w*|sell\\w*|distribut\\w*|list\\w*|advertis\\w*|drive|deliver\\w*|provid\\w*\\s+(\\w+\\s+){0,2}(services?|work)|make\\s+\\w+\\s+available)\\b[^.;]{0,60}\\b(with|for|on|through|via|to)\\s+(any\\s+)?(other|competing|competitive|rival|third[- ]party|another)\\s+(platforms?|services?|channels?|stores?|marketplaces?|companies|company|competitors?|networks?|providers?|apps?|sites?|websites?)\\b`,
    `\\b(not|never|refrain\\s+from)\\b[^.;]{0,40}\\b(work\\w*|partner\\w*|contract\\w*|engag\\w*)\\b[^.;]{0,20}\\b(with|for)\\s+(any\\s+)?(of\\s+)?(our|its|the\\s+provider'?s?)?\\s*competitors?\\b`,
    // "you will not solicit our employees / customers"
    `\\b(non[- ]?solicit\\w*|not\\s+(to\\s+)?(directly\\s+or\\s+indirectly\\s+)?(\\w+\\s+or\\s+)?(solicit|poach|hire|recruit|entice|encourage)\\w*\\b[^.;]{0,160}\\b(employees?|staff|personnel|contractors?|customers?|clients?|users?|drivers?|sellers?|advertisers?|partners?|members?|subscribers?|fans?))\\b`,
    // price or offer parity: "no higher than", "at least as favourable as on any other channel"
    `\\b(price|pricing|rate|offer|content)\\s+parity\\b|\\bmost[- ]favou?red[- ](nation|customer)\\b`,
    `\\bsame\\s+(price|prices|pricing|terms|offers?|rates?)\\b[^.;]{0,80}\\b(other|your\\s+own\\s+(website|site|app|store)|elsewhere|another)\\b`,
    `\\bno\\s+less\\s+than\\b[^.;]{0,60}\\b(on|in)\\s+(other|any\\s+other)\\s+(platforms?|services?|channels?|sites?|stores?)\\b`,
    `\\b(not|never)\\b[^.;]{0,40}\\b(direct|redirect|steer|encourage|link)\\w*\\b[^.;]{0,80}\\b(to\\s+leave|away\\s+from)\\b`,
    `\\b(prohibit\\w*|violat\\w*|not\\s+(buy|sell|offer|transact))\\b[^.;]{0,80}\\b(buy\\w*|sell\\w*|transact\\w*|offers?)\\b[^.;]{0,30}\\boutside\\s+(of\\s+)?(the\\s+)?([A-Z]\\w+|platform|service|site)\\b`,
    // a ban on steering buyers elsewhere: "you may not incentivize users to purchase on your website"
    `\\b(not|never)\\b[^.;]{0,20}\\b(incentivi[sz]e|encourage|steer|direct|redirect|induce|solicit)\\w*\\b[^.;]{0,120}\\b(purchas|buy|pay|transact|subscri)\\w*\\b[^.;]{0,80}\\b(your\\s+(own\\s+)?(website|site)|elsewhere|another\\s+platform|other\\s+platforms?|outside)`,
    `\\b(prices?|terms|offers?|rates?|availability)\\b[^.;]{0,80}\\b(no\\s+(higher|less\\s+favou?rable|worse)|not\\s+(be\\s+)?(higher|less\\s+favou?rable|worse)|at\\s+least\\s+as\\s+(low|good|favou?rable))\\b[^.;]{0,80}\\b(than|as)\\b[^.;]{0,80}\\b(other|any|elsewhere|another|third[- ]party|your\\s+own)\\b`,
  ].join("|"),
  "i",
);

/** Only confidentiality, or only a limit on what the reader builds with the provider's own things. */
const EXCL_CONFIDENTIAL_ONLY = /\bconfidential\w*\b/i;
const EXCL_OWN_SERVICE =
  /\b(using|use\s+of|with|based\s+on|derived\s+from|from|by\s+accessing|through)\s+(the|our|its|any)\s+(\w+\s+){0,2}(apis?|services?|platform|data|content|materials?|sdks?|software|developer\s+tools|products?|brand\s+features)\b[^.;]{0,80}\b(compet\w*|substitut\w*|replac\w*)|\b(compet\w*|substitut\w*)\b[^.;]{0,80}\b(using|with|based\s+on|derived\s+from)\s+(the|our|its|any)\s+(\w+\s+){0,2}(apis?|services?|data|content|materials?|sdks?|software)\b/i;
/** The provider's exclusive rights in its own property, or a court's exclusive jurisdiction. */
const EXCL_NOT_RESTRAINT =
  /\bprovides?\s+(\w+\s+)?(customer|you|client)s?\s+(with\s+)?exclusivity\b|\bexclusivity\s+of\s+(arbitration|the\s+forum|jurisdiction)|\bexclusive\s+rights?\s+to\s+\w+[^.;]{0,80}\bon\s+(the\s+)?([\w-]+\s+)?(services?|platform|site|website)\b|\bsolicit\w*\b[^.;]{0,40}\b(credentials?|passwords?|information|data|login|personal)\b|\bexclusive\s+(jurisdiction|venue|forum|remedy|remedies|property|owner|ownership|means)\b|\b(sole\s+and\s+)?exclusive\s+(right|rights)\s+(to|and)\s+(determine|decide|remedy)|\bnon[- ]exclusive\b/i;

export type PartnerCode = "pay" | "hold" | "auto" | "excl";

/** Where `pattern` matches `text`, or undefined. */
function spanOf(pattern: RegExp, text: string): { start: number; end: number } | undefined {
  const match = pattern.exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
}

/** Where the sentence states the partner category's term, or undefined. */
export function partnerWording(code: PartnerCode, text: string): { start: number; end: number } | undefined {
  switch (code) {
    case "pay":
      if (PAY_BY_READER.test(text) || PAY_AGREED.test(text) || PAY_THIRD_PARTY.test(text)) return undefined;
      return spanOf(PAY_CHANGED, text);
    case "hold":
      if (HOLD_ORDINARY.test(text) || HOLD_BY_READER.test(text) || DEFINES.test(text)) return undefined;
      if (HOLD_TAX.test(text) && !HOLD_BEYOND_TAX.test(text)) return undefined;
      return spanOf(HOLD, text);
    case "auto":
      if (AUTO_REVIEWED.test(text) || AUTO_NOT_PROVIDERS.test(text)) return undefined;
      return spanOf(AUTO, text);
    case "excl": {
      const span = spanOf(EXCL, text);
      if (!span) return undefined;
      const words = text.slice(span.start, span.end);
      if (EXCL_NOT_RESTRAINT.test(words) || EXCL_NOT_RESTRAINT.test(text) || EXCL_OWN_SERVICE.test(text))
        return undefined;
      // "resolved exclusively by arbitration", "on an exclusive basis in the courts of": a forum.
      if (/\b(arbitrat\w*|courts?|disputes?|jurisdiction|venue)\b/i.test(text) && /exclusiv/i.test(words))
        return undefined;
      // A ban on disclosing confidential information to others restrains nothing else.
      if (EXCL_CONFIDENTIAL_ONLY.test(text) && !/\b(compet|exclusiv|solicit|parity)/i.test(words))
        return undefined;
      return span;
    }
  }
}
