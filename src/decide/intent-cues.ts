// Swedish and English cue words that tell what a comment does: thanks, asks, demands, complains, proposes.
// Written for moderera from how comments on municipal pages are phrased; matched on normalised text with
// cue (`word*` = beginning of a word, `*word` = end of a word). Each list has fixtures in
// fixtures/archival and fixtures/reply, and look-alikes in test/archival/intent.test.ts.
import { cue } from './cue.js';

/** Praise words after "vilken", "vad", "så" ("Vilket härligt initiativ", "Så mysigt"). */
const PRAISE = ['härlig*', 'fin', 'fint', 'fina', 'bra', 'kul', 'rolig*', 'vacker*', 'vackr*', 'snygg*', 'mysig*', 'trevlig*', 'underbar*', 'fantastisk*', 'grym*', 'skön*', 'spännande', 'duktig*', 'gott', 'go'];

/** Openings of thanks, praise and congratulations ("Tack för …", "Vad fint!", "Bra jobbat med …"). */
export const ACK_START = cue(
  [
    'tack*', 'tusen tack', 'stort tack', 'thanks', 'thank you', 'thx', 'tnx',
    'bra', 'jättebra', 'superbra', 'kanonbra', 'toppenbra', 'asbra', 'mycket bra', 'riktigt bra', 'väldigt bra',
    'toppen', 'kanon', 'super', 'grymt', 'grym', 'härligt', 'härlig', 'härliga', 'snyggt', 'snygg', 'snygga',
    'fint', 'fin', 'fina', 'jättefint', 'jättefin', 'jättefina', 'vackert', 'vacker', 'vackra', 'underbart', 'underbar', 'underbara',
    'fantastiskt', 'fantastisk', 'fantastiska', 'kul', 'jättekul', 'roligt', 'jätteroligt', 'mysigt', 'mysig', 'trevligt', 'trevlig',
    'strålande', 'perfekt', 'klockrent', 'äntligen', 'heja', 'hurra', 'grattis', 'gratulerar', 'gillar', 'älskar', 'love', 'loved',
    'nice', 'great', 'awesome', 'amazing', 'beautiful', 'lovely', 'well done', 'good job', 'congrats', 'congratulations',
    'ser fram emot', 'looking forward', 'välkommen', 'välkomna', 'welcome', 'god jul', 'gott nytt år', 'glad påsk',
    'glad midsommar', 'trevlig helg', 'ha en fin', 'ha en bra', 'vilken fin', 'vilken vacker', 'vilka fina', 'så fint', 'så bra',
    'så kul', 'vad fint', 'vad bra', 'vad kul', 'vad roligt', 'vad härligt', 'vad trevligt', 'vad mysigt', 'vad vackert',
    'vad snyggt', 'så härligt', 'så roligt', 'så vackert', 'så snyggt', 'så mysigt', 'bäst', 'bästa', 'skönt', 'lycka till',
    'good luck', 'bra initiativ', 'bra jobbat', 'intressant', 'intressant läsning', 'informativt', 'läsvärt', 'bra läsning',
    'glad att', 'glada att', 'glad', 'glada', 'gläds', 'hoppas på en fin', 'hoppas på en bra', 'hoppas alla', 'önskar alla', 'önskar er',
    'spana in', 'kolla in', 'kika in', 'missa inte', 'ni gör ett *jobb',
    ...['vilken', 'vilket', 'vilka', 'vad', 'så', 'va'].flatMap((w) => PRAISE.map((p) => `${w} ${p}`)),
    ...PRAISE.flatMap((p) => [`ni gör ett ${p} jobb`, `ni gör ett ${p}`]),
  ],
  { anchored: true },
);

/** Greetings and fillers that may open any sentence ("Hej, när öppnar …", "Ok, tack för …"). */
export const OPENER = cue(
  ['hej', 'hejsan', 'hej hej', 'hallå', 'tjena', 'tja', 'god morgon', 'hi', 'hello', 'ok', 'okej', 'okay', 'jo', 'ja', 'nej', 'men', 'asså', 'alltså'],
  { anchored: true },
);

/** Short reactions that are för kännedom only when they stand almost alone ("Håller med!", "Hej!", "Kolla här"). */
export const ACK_SHORT = cue(
  [
    'hej', 'hejsan', 'hallå', 'tjena', 'god morgon', 'ok', 'okej', 'okay', 'japp', 'yes', 'ja', 'håller med', 'instämmer', 'precis',
    'exakt', 'absolut', 'tummen upp', 'vi ses', 'ses där', 'kolla', 'kika', 'titta', 'look', 'check', 'detsamma', 'wow', 'oj', 'åh',
    'like', 'likes', 'gilla', 'delar', 'delat', 'delad', 'ty', 'snart',
  ],
  { anchored: true },
);

/** Words that turn thanks into something else: negation, contrast, criticism, sarcasm. */
export const NOT_ACK = cue([
  'inte', 'ej', 'icke', 'aldrig', 'ingen', 'inget', 'inga', 'men', 'fast', 'dock', 'tyvärr', 'synd', 'trist', 'tråkig*',
  'dålig*', 'dåligt', 'sämre', 'sämst', 'fel', 'felaktig*', 'skandal*', 'pinsam*', 'skäm*', 'oacceptab*', 'bedrövlig*',
  'katastrof*', 'hemsk*', 'usel*', 'uselt', 'ledsen', 'besvik*', 'arg', 'argt', 'irriter*', 'upprör*', 'förbann*', 'äckl*',
  'ironi*', 'sarkas*', 'not', 'no', 'never', 'but', 'bad', 'terrible', 'awful', 'disappoint*', 'worst', 'shame*',
  'borde', 'bör', 'måste', 'kräver', 'varför', 'why', 'tycker', 'anser', 'saknar', 'saknas', 'istället', 'i stället', 'medan',
  'dyr', 'dyrt', 'dyra',
]);

/** Verbs that open a yes/no question in Swedish word order ("Är biblioteket öppet …", "Kan man …"). */
export const QUESTION_VERB_START = cue(
  [
    'är', 'har', 'kan', 'ska', 'skall', 'får', 'finns', 'går', 'kommer', 'blir', 'gäller', 'stämmer', 'brukar', 'måste',
    'behöver', 'vet', 'hade', 'borde', 'bör', 'var det', 'tar', 'öppnar', 'stänger', 'hämtas', 'töms', 'plogas',
    'is', 'are', 'can', 'could', 'will', 'do', 'does', 'did', 'should', 'would', 'has', 'have',
  ],
  { anchored: true },
);

/**
 * Question words that open a question even without "?" when a finite verb follows ("När öppnar …", "Var ligger …").
 * "Vilken/vilket/vilka" are left out: "Vilket väder!" and "Vilka fina bilder" are exclamations.
 */
export const QUESTION_WORD = cue([
  'när', 'var', 'vart', 'varifrån', 'hur', 'vad', 'varför', 'vem', 'vems', 'when', 'where', 'how', 'what', 'why', 'who',
], { anchored: true });

/** Phrases that ask without a question mark ("Undrar när …", "Jag vill veta …"). */
export const ASKS = cue([
  'undrar', 'undra', 'vill veta', 'vill gärna veta', 'skulle vilja veta', 'vore tacksam för svar', 'tacksam för svar',
  'tacksam för besked', 'svara gärna', 'hoppas på svar', 'vill ha svar', 'vill ha besked', 'kräver svar', 'väntar på svar',
  'någon som vet', 'vet någon', 'wondering', 'i wonder', 'please let me know', 'please advise',
]);

/** Asks the crowd, not the municipality ("Någon som vet …", "Vet någon …"). */
export const TO_PUBLIC = cue([
  'någon som', 'nån som', 'är det någon', 'är det nån', 'vet någon', 'vet nån', 'har någon', 'har nån', 'kan någon',
  'kan nån', 'finns det någon som', 'någon här', 'ni andra', 'alla ni', 'tips på', 'tipsa', 'anyone', 'anybody', 'does anyone',
]);

/** Second person singular: the comment talks to one other person ("Har du …"). */
export const TO_PERSON = cue(['du', 'dig', 'din', 'ditt', 'dina', 'du är', 'haha', 'hahaha', 'lol']);

/** Second person plural: on the municipality's own page, mostly the municipality ("Har ni öppet …"). */
export const SECOND_PLURAL = cue(['ni', 'er', 'era', 'ert', 'you']);

/** Names the municipality or its people. */
export const MUNICIPALITY = cue([
  'kommun', 'kommunen', 'kommunens', 'östhammars kommun', 'politiker*', 'tjänstem*',
  'förvaltning*', 'nämnd*', 'ansvarig*', 'kommunalråd*', 'kommunchef*', 'kommunfullmäktige', 'kommunstyrelse*',
  'skattepengar*', 'skattebetalar*', 'municipality', 'council',
]);

/** A fact a short answer gives: times, dates, places, prices, how to do something. */
export const INFO_CUES = cue([
  'när', 'vilken tid', 'vilka tider', 'hur dags', 'vilket datum', 'vilken dag', 'vilka dagar', 'var', 'vart', 'var ligger',
  'var finns', 'var hittar', 'var kan', 'var får', 'vad kostar', 'kostar', 'kostnad', 'pris', 'priset', 'öppet', 'öppen',
  'öppna', 'öppnar', 'öppnas', 'stänger', 'stängt', 'stängd', 'stängs', 'öppettid*', 'öppethållande*', 'telefonnummer*',
  'telefon*', 'nummer', 'numret', 'mejl*', 'mail*', 'e-post*', 'epost*', 'adress*', 'länk*', 'hemsida*', 'hemsidan',
  'hur anmäler', 'hur ansöker', 'hur söker', 'hur gör', 'hur bokar', 'hur får', 'hur hittar', 'hur kommer man', 'hur länge',
  'anmäla', 'anmälan', 'anmäler', 'ansöka', 'ansöker', 'ansökan', 'registrera*', 'hur man', 'hur jag', 'boka', 'bokar', 'bokning*', 'gäller', 'schema*', 'tidtabell*', 'tider', 'datum', 'börjar',
  'slutar', 'startar', 'finns det', 'går det', 'får man', 'kan man', 'behöver man', 'måste man', 'ska man', 'hämtas', 'töms',
  'tömning*', 'plogas', 'lediga', 'ledig', 'hur många', 'hur mycket', 'antal', 'antalet', 'vem ansvarar', 'vem ska man',
  'vem kontaktar', 'vem kan jag', 'vem har hand om', 'vilken förvaltning', 'i vinter', 'i höst', 'i vår', 'i år', 'blir det',
  'kommer det', 'parkering*', 'kvar', 'än', 'igen', 'fortfarande', 'idag', 'imorgon', 'i morgon',
  'helg*', 'måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'i jul', 'i sommar', 'nästa', 'vecka',
  'veckan', 'ikväll', 'i kväll', '*lov', '*lovet', 'nyår', 'nyårsafton', 'jul', 'julen', 'påsk', 'påsken', 'midsommar', 'valborg',
  'nationaldagen', 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti',
  'september', 'oktober', 'november', 'december',
  'when', 'what time', 'where', 'how much', 'opening hours', 'open', 'opens', 'closed', 'closes', 'how do i', 'how can i',
  'is there', 'phone', 'address', 'link',
]);

/** About a decision, its grounds or the municipality's plans: never a simple question. */
export const SUBSTANTIVE = cue([
  'varför', 'hur kommer det sig', 'hur tänker', 'hur tänkte', 'vad tänker', 'tänker ni', 'hur kan ni', 'hur kan man',
  'hur kan kommunen', 'hur kunde', 'vem har bestämt', 'vem bestämde', 'på vilka grunder', 'vad är skälet', 'vad är anledningen',
  'beslut*', 'beslöt', 'besluta*', 'bestämt', 'bestämde', 'lägga ner', 'läggas ner', 'läggs ner', 'lägger ner', 'nedläggning*',
  'stänga ner', 'stängas ner', 'stängs ner', 'avveckl*', 'satsa*', 'satsning*', 'investera*', 'investering*', 'budget*',
  'skatt*', 'taxa', 'taxan', 'taxor', 'taxorna', 'prioriter*', 'politik*', 'politiker*', 'nämnd*', 'fullmäktige',
  'kommunstyrelse*', 'rimligt', 'orimlig*', 'rättvis*', 'orättvis*', 'rättighet*', 'lag', 'lagen', 'lagligt', 'olagligt',
  'planerar', 'planer', 'planerna', 'varför inte', 'är det sant', 'stämmer det att', 'ställs in', 'ställas in', 'ställts in',
  'dras in', 'slås ihop', 'slå ihop', 'vem betalar', 'pengarna', 'pengar', 'avsatt*', 'anslag*', 'miljon*', 'kostar kommunen', 'kostat kommunen', 'kosta kommunen',
  'why', 'how come', 'decision*', 'decided', 'budget', 'tax', 'taxes',
]);

/** A decision or its politics: praise of it is an opinion, not only för kännedom ("Bra beslut!"). */
export const DECISION = cue([
  'varför', 'beslut*', 'beslöt', 'besluta*', 'lägga ner', 'läggas ner', 'läggs ner', 'lägger ner', 'nedläggning*', 'avveckl*',
  'budget*', 'skatt*', 'taxa', 'taxan', 'prioriter*', 'politik*', 'politiker*', 'nämnd*', 'fullmäktige', 'kommunstyrelse*',
  'why', 'decision*',
]);

/** "Vår detaljplan", "mitt ärende": the writer's own matter with the municipality. */
export const OWN_MATTER = /(?<![\p{L}])(?:min|mitt|mina|vår|vårt|våra)\s+(?:ansökan|ansökningar|ärende|ärenden|bygglov|bygglovsansökan|detaljplan|fastighet|tomt|handläggare|beslut|överklagande|faktura|räkning)(?![\p{L}])/u;

/** What something costs the municipality or its taxpayers ("Hur mycket kostar slutförvaret kommunen?"). */
export const COST_TO_PUBLIC = /(?<![\p{L}])kost(?:ar|at|a|naden|naderna)(?![\p{L}])[^.?!\n]{0,40}(?<![\p{L}])(?:kommunen|skattebetalar\p{L}*|oss skattebetalare)(?![\p{L}])/u;

/** An individual's own matter: their relatives, their application, their case. */
export const PERSONAL_CASE = cue([
  'min mamma', 'min pappa', 'min mor', 'min far', 'min son', 'min dotter', 'mitt barn', 'mina barn', 'vårt barn', 'våra barn',
  'min man', 'min fru', 'min sambo', 'min mormor', 'min morfar', 'min farmor', 'min farfar', 'min bror', 'min syster',
  'min ansökan', 'mitt ärende', 'vårt ärende', 'vår ansökan', 'mitt bygglov', 'vårt bygglov', 'min handläggare',
  'jag har sökt', 'vi har sökt', 'jag sökte', 'vi sökte', 'jag ansökte', 'vi ansökte', 'jag har ringt', 'vi har ringt',
  'jag har mejlat', 'jag har mailat', 'i mitt fall', 'my mother', 'my father', 'my son', 'my daughter', 'my application',
]);

/** Calls on the municipality to act ("Ploga Skolgatan!", "Ni måste …", "Se till att …"). */
export const DEMAND = cue([
  'det måste göras', 'gör något', 'gör nåt', 'måste åtgärdas', 'måste fixas', 'måste lagas', 'måste plogas', 'måste sandas',
  'se till att', 'se till så', 'ta tag i', 'ta itu med', 'ta bort', 'åtgärda', 'åtgärdas', 'jag kräver', 'vi kräver', 'kräver att',
  'kräver svar', 'vill ha svar', 'vill att ni', 'vill att kommunen', 'snälla', 'vänligen', 'hör av er', 'hör av dig', 'ring mig',
  'kontakta mig', 'kontakta oss', 'mejla mig', 'maila mig', 'svara mig', 'svara på', 'förväntar mig', 'förväntar oss', 'begär',
  'felanmäl*', 'vill anmäla', 'vill klaga', 'vill framföra', 'hoppas ni tar', 'hoppas ni åtgärdar', 'hoppas ni fixar',
  'hoppas ni lagar', 'hoppas ni ser över', 'hoppas att ni tar', 'hoppas att ni åtgärdar', 'dags att', 'nu får det vara nog',
  'please fix', 'please do', 'do something', 'you must', 'you need to', 'i demand', 'we demand', 'sort it out',
]);

/**
 * "Ni måste …", "Kommunen ska …": a demand, unless negated ("Kommunen ska inte bestämma …") or framed as an
 * opinion ("Jag tycker att kommunen ska …", checked by the caller).
 */
export const DEMAND_MODAL =
  /(?<![\p{L}\p{N}])(?:(?:ni|kommunen|politikerna|någon|ansvariga|ni på kommunen)\s+(?:måste|ska|får|behöver)|det\s+måste)(?![\p{L}\p{N}])(?!\s+(?:inte|ej|väl|ju|nog|man|vi|jag)(?![\p{L}\p{N}]))/u;

/** The words `DEMAND_MODAL` needs, one of them whole: a text without one skips that regex. */
export const DEMAND_MODAL_WORDS = cue(['måste', 'ska', 'får', 'behöver']);

/** "Kan ni …", "Skulle ni kunna …": a polite request to act, unless it asks to be told something ("Kan ni berätta …"). */
export const POLITE_REQUEST =
  /(?<![\p{L}\p{N}])(?:kan|kunde|skulle) (?:ni|kommunen)(?: kunna)?\s+(?!berätta|säga|svara|informera|meddela|tala|tipsa|förklara|bekräfta|hjälpa mig med info)\p{L}{2,}/u;

/** The words `POLITE_REQUEST` opens with ("kan ni", "kunde kommunen"): a text without them skips that regex. */
export const POLITE_REQUEST_WORDS = cue(['kan ni', 'kunde ni', 'skulle ni', 'kan kommunen', 'kunde kommunen', 'skulle kommunen']);

/** Frames what follows as the writer's view ("Jag tycker att …", "Jag anser att …"). */
export const OPINION_FRAME = cue(['tycker', 'tyckte', 'anser', 'tror', 'menar', 'känner', 'think', 'believe']);

/** Imperatives that open a sentence addressed to the municipality ("Ploga …!", "Laga vägen!"). */
export const IMPERATIVE_START = cue(
  [
    'ploga', 'sanda', 'salta', 'laga', 'fixa', 'åtgärda', 'gör', 'sluta', 'ta bort', 'ta tag', 'se till', 'bygg', 'satsa',
    'lyssna', 'ändra', 'stoppa', 'riv', 'töm', 'hämta', 'svara', 'skärp', 'öppna', 'ordna', 'rensa',
    'städa', 'klipp', 'sätt upp', 'avgå', 'tänk om', 'flytta', 'ersätt', 'återställ', 'prioritera', 'investera', 'behåll',
    'rädda', 'anställ', 'ge', 'höj', 'sänk', 'skapa', 'starta', 'avskaffa', 'minska', 'öka', 'fix', 'stop', 'clean', 'repair',
    'please',
  ],
  { anchored: true },
);

/** Reports a fault the municipality must see to ("Gatlampan är trasig", "vattenläcka", "har inte tömts"). */
export const FAULT = cue([
  'trasig*', 'sönder', 'söndrig*', 'läcker', 'läckt', 'läcka', 'vattenläcka*', 'vattenläckan', 'översvämm*', 'stopp i', 'stopp på',
  'stopp i avloppet', 'inget vatten', 'inget varmvatten', 'ingen värme', 'lyser inte', 'fungerar inte', 'funkar inte', 'funkar ej',
  'fungerar ej', 'har inte tömts', 'inte tömd', 'inte tömts', 'ej tömd', 'ej tömts', 'inte hämtat', 'inte hämtats', 'inte plogat',
  'inte plogats', 'inte plogad', 'ej plogat', 'oplogat', 'oplogad', 'oplogade', 'osandat', 'inte sandat', 'inte sandats',
  'hål i vägen', 'hål i gatan', 'potthål*', 'djupa gropar', 'stor grop', 'stora gropar', 'spegelblank*', 'flughal*', 'isigt', 'slå ihjäl sig', 'bryta benen', 'nedfallet träd', 'omkullblåst*', 'raserad*',
  'välta', 'vält', 'klotter', 'nedklottrad*', 'nedskräpat', 'nedskräpad*', 'spegelblankt', 'isgata', 'livsfarlig*', 'farlig korsning',
  'brunt vatten', 'missfärgat vatten', 'luktar illa', 'stinker', 'så mörkt', 'för mörkt', 'kolsvart', 'becksvart', 'ingen belysning',
  'har inte kommit', 'inte kommit till', 'kom aldrig', 'har inte hämtats', 'har inte varit här',
  'broken', 'leaking', 'leak', 'not working', 'flooded', 'pothole*', 'not been emptied', 'not plowed', 'not ploughed',
]);

/** A grievance about a service or a decision ("under all kritik", "fortfarande inte", "ingen svarar"). */
export const COMPLAINT = cue([
  'under all kritik', 'skandal*', 'oacceptab*', 'inte acceptab*', 'bedrövlig*', 'katastrof*', 'uselt', 'usel', 'usla',
  'pinsamt', 'skäms', 'skämmas', 'skämmes', 'fortfarande inte', 'fortfarande ingen', 'fortfarande inget', 'fortfarande ej',
  'ännu inte', 'inte ännu', 'inte än', 'återigen', 'än en gång', 'varje år', 'varje vinter', 'i veckor', 'i flera veckor',
  'i flera dagar', 'i dagar', 'i månader', 'i flera månader', 'hur länge ska', 'hur länge till', 'hur länge måste',
  'hur svårt', 'ingen har', 'ingen svarar', 'inget svar',
  'får inget svar', 'inte fått svar', 'inte fått något svar', 'aldrig fått svar', 'aldrig svar', 'inte svarat', 'ingen bryr sig', 'struntar i', 'bryr sig inte',
  'bryr ni er inte', 'ni bryr er', 'ni lyssnar aldrig', 'ni lyssnar inte', 'lyssnar aldrig', 'lyssnar inte', 'får ingen hjälp', 'fått ingen hjälp', 'ingen hjälp', 'inte fått hjälp', 'trots flera', 'trots upprepade',
  'det finns inga', 'det finns ingen', 'det finns inget', 'vad ska vi', 'glömt bort', 'glömmer bort', 'har missat', 'dålig service', 'dåligt skött', 'sköts dåligt', 'misskött*',
  'slöseri*', 'slösa*', 'bortkastade', 'upprörd', 'upprörande', 'förbannad', 'besviken', 'trött på', 'tröttnat', 'less på',
  'nonchalant*', 'fy skäms', 'hur kan ni', 'klagomål', 'klagar', 'orimligt', 'rån', 'ridiculous', 'unacceptable', 'disgrace*',
  'försenad igen', 'försenade igen', 'alltid försenad*', 'alltid sen', 'alltid sena', 'tredje gången', 'gång på gång',
  'flera gånger', 'förstår inte varför', 'förstår inte hur', 'begriper inte', 'fattar inte', 'obegriplig*', 'ofattbar*',
  'helt otroligt', 'otroligt att det inte', 'inte en enda', 'är farlig', 'är farligt', 'trafikfarlig*', 'veckan heller',
  'gången heller', 'året heller', 'år heller', 'idag heller', 'i dag heller', 'nu heller', 'så dålig*', 'aldrig sett',
  'sämre än någonsin', 'gick inte', 'ingen informerade', 'ingen informerar', 'ingen information', 'utan förvarning',
  'utan att informera', 'har väntat', 'väntat i', 'väntar fortfarande', 'väntat på besked', 'väntat på svar',
  'scandal*', 'still not', 'complain*', 'fed up',
]);

/** A reproach for what was not done ("Det här borde ni ha informerat om"): "borde … ha" and a supine, not "borde ha öppet". */
export const REPROACH =
  /(?<![\p{L}])borde(?: (?:ni|kommunen|man|de|politikerna))? ha(?: \p{L}+)? \p{L}+(?:at|it|tt|gt|kt|rt|lt|nt|st|pt|dt)(?![\p{L}])/u;

/** A word ending in "borde" (`REPROACH` looks behind it for letters only): a text without one skips that regex. */
export const REPROACH_WORDS = cue(['*borde']);

/** "Fyller" as a word, which a birthday ("fyller 80") needs: a text without it skips that regex. */
export const BIRTHDAY_WORDS = cue(['fyller']);

/** A proposal ("borde", "förslag", "varför inte …", "vore bra om"). */
export const PROPOSAL = cue([
  'borde', 'bör', 'skulle behöva', 'förslag*', 'föreslår', 'varför inte', 'vore bra', 'vore bättre', 'vore kul', 'vore fint',
  'skulle vara bra', 'skulle vara kul', 'hade varit bra', 'hade varit kul', 'önskar', 'önskemål', 'önskar att', 'tänk om',
  'vore det inte', 'skulle ni kunna', 'kan ni inte', 'should', 'suggest*', 'why not', 'would be nice',
]);

/** A stated view ("Jag tycker …", "dåligt beslut", "synd att …"). */
export const OPINION = cue([
  'tycker', 'tyckte', 'anser', 'tror', 'menar', 'enligt mig', 'min åsikt', 'personligen', 'bra beslut', 'dåligt beslut',
  'fel beslut', 'rätt beslut', 'synd', 'tråkigt', 'bra att', 'dåligt att', 'glad att', 'ledsen att', 'positivt', 'negativt',
  'håller inte med', 'instämmer inte', 'fel', 'rätt', 'viktigt', 'onödigt', 'konstigt', 'märkligt', 'dumt', 'galet',
  'positiv*', 'negativ*', 'emot', 'misstag*', 'think', 'believe', 'opinion', 'disagree',
]);

/** Matters of private life: lost pets and things, birthdays and private errands. */
export const OFF_TOPIC_STRONG = cue([
  'grattis på födelsedagen', 'grattis på dagen', 'grattis i efterskott', 'födelsedag*', 'fyller år', 'namnsdag', 'bröllopsdag*',
  'happy birthday', 'bortsprungen', 'bortsprungna', 'försvunnen katt', 'försvunnen hund', 'sett min katt', 'sett min hund',
  'sett vår katt', 'sett vår hund', 'min katt', 'vår katt', 'min hund', 'vår hund', 'katten', 'kissen', 'kattunge*', 'hunden',
  'tappat min*', 'tappat mitt', 'tappat en', 'tappade min*', 'tappade mitt', 'borttappad*', 'upphittad*', 'hittat en', 'hittade en',
  'plånbok*', 'nyckelknippa*', 'barnvakt*', 'samåk*', 'skjuts till', 'lift till', 'lost cat', 'lost dog', 'my cat', 'my dog',
]);

/** Matters outside the municipality's work: shops, weather, sport, national and world affairs. */
export const OFF_TOPIC_WEAK = cue([
  'ica', 'coop', 'willys', 'lidl', 'systemet', 'systembolaget', 'apoteket', 'pizzeria*', 'pizzerian', 'restaurang*', 'frisör*',
  'macken', 'vädret', 'vilket väder', 'regnet', 'norrsken*', 'matchen', 'melodifestival*', 'mello', 'regeringen', 'riksdagen',
  'statsminister*', 'trump', 'putin', 'ukraina', 'nato', 'elpris*', 'elpriset', 'bensinpris*', 'ikväll', 'i kväll', 'snickare',
  'elektriker', 'rörmokare', 'tandläkare', 'veterinär*', 'tipsa om', 'tips på', 'rekommendera*', 'weather', 'match', 'government',
]);
