/**
 * Function words the insult and hate rules read a sentence with, per language family. These are grammar,
 * not policy: a ruleset extends the open word lists (titles, groups, insults) in its lexicons instead.
 */
export interface Grammar {
  /** Verbs that link a subject to what it is called ("du ÄR en idiot"). */
  readonly copulas: ReadonlySet<string>;
  /** Words that negate what follows. */
  readonly negations: ReadonlySet<string>;
  /** Words that may stand between a copula or determiner and an insult ("en riktig jävla idiot"). */
  readonly fillers: ReadonlySet<string>;
  /** Words that may stand between a subject and its copula ("du ÄR JU"). */
  readonly subjectSkips: ReadonlySet<string>;
  /** Prepositions that start a phrase after a subject ("Anders PÅ tekniska är …"). */
  readonly prepositions: ReadonlySet<string>;
  /** Words that break a noun phrase: an insult after them is not predicated of the subject. */
  readonly stops: ReadonlySet<string>;
  /** Exclamative determiners ("VILKEN idiot", "what an idiot", "ett GÄNG idioter"). */
  readonly exclamatives: ReadonlySet<string>;
  /** Demonstratives that point at a person ("den DÄR idioten", "DESSA clowner"). */
  readonly demonstratives: ReadonlySet<string>;
  /** "It", "this": a subject that is a thing or a situation. */
  readonly expletives: ReadonlySet<string>;
  /** Verbs of calling someone something ("jag KALLAR dig idiot"). */
  readonly callVerbs: ReadonlySet<string>;
  /** Words after an insult that make it generic ("vilken idiot SOM HELST"). */
  readonly genericAfter: readonly (readonly string[])[];
  /** Words after which a definite insult points at someone ("idioten SOM", "idioterna PÅ kommunen"). */
  readonly pointers: ReadonlySet<string>;
  /** "till" in "idiot TILL chef". */
  readonly asRole: ReadonlySet<string>;
  /** Comparisons ("beter dig SOM en idiot"). */
  readonly comparisons: ReadonlySet<string>;
  /** Intensifiers and curses that, before a person noun, make an epithet ("satans byråkrater"). */
  readonly curses: ReadonlySet<string>;
  /** Words that end an attributive adjective's phrase ("dum I huvudet", "korkad SOM"). */
  readonly adjectiveEnds: ReadonlySet<string>;
  /** Definite endings of nouns, longest first ("idioterna", "clownen"). */
  readonly definiteEndings: readonly string[];
}

const set = (words: string) => new Set(words.split(/\s+/u).filter(Boolean));

const SV: Grammar = {
  copulas: set('är e ä ar var va blir blev vart varit vara verkar verka förblir känns låter'),
  negations: set('inte ej icke ingen inget inga aldrig knappast'),
  fillers: set(
    'en ett ena ju så helt totalt fullständigt komplett kompletta verkligen bara jävla djävla javla jävliga jävligt fan fanimej satans förbannade förbannad sjukt otroligt riktigt riktig riktiga sån sådan sådana såna typisk typiska stor store stora största värsta äkta ren rena rent lite mer mest också nog väl faktiskt ändå alltid allt av de dom gamla gammal lilla liten små jäkla jäkligt skit sketna fula feta dumma korkade himla hemskt ruskigt grymt ynkliga patetiska sorgliga alla allihop',
  ),
  subjectSkips: set('ju verkligen faktiskt bara också nog ändå fan typ alltså då väl helt redan så allt själv själva här där nu också ofta alltid fortfarande säkert uppenbarligen tydligen kanske'),
  prepositions: set('på i vid från hos inom för med under över bakom utanför inne uppe'),
  stops: set('som att och men eller för på med om till från i vid hos mot utan än när då där hur vad vem varför eftersom fast medan det den han hon hen du ni jag vi man dig mig oss er honom henne dem inte ej ingen inget inga aldrig'),
  exclamatives: set('vilken vilka vilket gäng gänget hop samling bunt skock massa'),
  demonstratives: set('denna dessa denne'),
  expletives: set('det detta här där allt'),
  callVerbs: set('kallar kalla kallade kallat kallas kallades'),
  genericAfter: [['som', 'helst']],
  pointers: set('som på i vid från hos inom uppe borta där med bakom'),
  asRole: set('till'),
  comparisons: set('som'),
  curses: set('jävla djävla javla jävliga jävlars satans förbannade förjävla helvetes fucking fuckin sketna skitiga'),
  adjectiveEnds: set('som i och men att av mot med för på pa när nar eller än an till'),
  definiteEndings: ['arna', 'erna', 'orna', 'na', 'en', 'et', 'an', 'n', 't'],
};

const EN: Grammar = {
  copulas: set('is are was were be been being am s re m r seem seems seemed look looks looked act acts sound sounds become became'),
  negations: set('not never no t nt isnt arent wasnt werent dont doesnt didnt hardly nobody nothing neither'),
  fillers: set(
    'a an the such so total complete utter absolute real fucking fuckin bloody damn big little just really truly of one biggest most like proper right pathetic stupid dumb ignorant useless worthless old fat ugly sad all kind sort',
  ),
  subjectSkips: set('really just also truly clearly obviously honestly literally all both here there now still always definitely probably'),
  prepositions: set('at in from of on with for'),
  stops: set('who that and but or for on with about to from in at than when then where how what why because while it he she they you i we me us him her them not never no'),
  exclamatives: set('what such bunch pack load lot'),
  demonstratives: set('this that these those'),
  expletives: set('it this that there what which'),
  callVerbs: set('call calls called calling'),
  genericAfter: [['could'], ['can']],
  pointers: set('who that at in from on running ruining'),
  asRole: set('as'),
  comparisons: set('like'),
  curses: set('fucking fuckin bloody damn goddamn goddamned'),
  adjectiveEnds: set('as and but or to for in at with like when than'),
  definiteEndings: [],
};

/**
 * The grammar for a comment's language family: English for comments detected as English, Swedish otherwise
 * (as the lexicons are chosen).
 *
 * @example
 * grammarFor('en').copulas.has('is') // true
 */
export function grammarFor(code: string): Grammar {
  return code === 'en' ? EN : SV;
}
