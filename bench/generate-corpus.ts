// Realistic comments for the benchmark, generated from a fixed seed so every run reads the same text.
// Swedish first (most comments on a Swedish municipal page), English beside; 20–2,000 characters.
import { seededRandom } from '../scripts/seeded-random.js';

const PLACES = ['Östhammar', 'Öregrund', 'Gimo', 'Alunda', 'Österbybruk', 'Gräsö', 'Hargshamn', 'Söderboda', 'Snesslinge', 'Valö'];
const STREETS = ['Storgatan', 'Köpmangatan', 'Rådhustorget', 'Skolgatan', 'Järnvägsgatan', 'Kvarnbacken', 'Hamngatan', 'Prästgårdsvägen'];
const NAMES = ['Anna', 'Lars', 'Maria', 'Erik', 'Karin', 'Johan', 'Sofia', 'Per', 'Lena', 'Ahmed', 'Fatima', 'Mikael'];

const SV_SENTENCES = [
  'Varför är inte {street} i {place} plogad än?',
  'Det är tredje dagen nu och ingen har varit här.',
  'Tack för att ni lagade gatlyktorna så snabbt!',
  'När öppnar biblioteket i {place} igen efter renoveringen?',
  'Jag har ringt kundtjänst två gånger utan att få svar.',
  'Bussen från {place} till Uppsala var försenad hela veckan.',
  'Kan någon på kommunen förklara varför avgiften höjdes?',
  'Vi som bor på landsbygden känner oss bortglömda.',
  'Skolan i {place} behöver fler lärare, inte fler möten.',
  'Bra initiativ med den nya lekplatsen vid {street}.',
  'Återvinningscentralen har för korta öppettider på helgerna.',
  'Hur går det med detaljplanen för hamnen i {place}?',
  'Min mamma väntar fortfarande på besked om hemtjänsten.',
  'Det är halt som glas på trottoaren utanför affären.',
  'Fantastiskt fint midsommarfirande i {place} i år, tack alla!',
  'Vem ansvarar för att tömma soptunnorna vid badplatsen?',
  'Jag håller inte med, det här beslutet borde ha tagits för länge sedan.',
  'Kommunfullmäktige borde lyssna mer på oss medborgare.',
  'Vattnet i {place} luktade konstigt i morse, är det något fel?',
  'Finns det planer på en ny cykelväg mellan {place} och {place2}?',
  'Tack {name} på växeln som hjälpte mig igår!',
  'Skatten går upp men servicen blir sämre för varje år.',
  'Färjan till Gräsö har gått enligt tidtabell hela vintern, bra jobbat.',
  'Varför tar det så lång tid att få bygglov här?',
  'Förskolan på {street} har fantastisk personal.',
  'Jag undrar om kommunen har tänkt på tillgängligheten vid den nya entrén.',
  'Det här är ju helt orimligt, ni måste göra något åt trafiken.',
  'Öppettiderna på simhallen stämmer inte med hemsidan.',
  'Hoppas att ni tar tag i nedskräpningen vid {street} snart.',
  'Min granne har fått vänta i sex veckor på ett svar om färdtjänst.',
];
const SV_SPICE = ['Jävla skitkommun!', 'Fy fan vad dåligt.', 'Vilket helvete det är att åka här.', 'Satans byråkrati.', 'Skit samma, ingen bryr sig ändå.', 'j4vla idioter', 'Vad i h e l v e t e håller ni på med?', 'Jäääävla trams.'];
const SV_EXTRA = ['👍', '😡', '🙏', 'https://www.osthammar.se/trafik', 'Ring mig på 070-123 45 67.', 'Mejla anna.svensson@example.se', 'Mvh {name}', '#Östhammar'];

const EN_SENTENCES = [
  'Why has the road to {place} still not been cleared?',
  'Thanks for fixing the street lights so quickly!',
  'When does the library in {place} open again?',
  'I called customer service twice and nobody answered.',
  'The bus from {place} was late every day this week.',
  'Could someone from the council explain the new fee?',
  'Great work on the new playground by {street}.',
  'The recycling centre should be open longer on weekends.',
  'Is there a plan for a cycle path between {place} and {place2}?',
  'We moved here last year and love the archipelago.',
  'The ferry has been on time all winter, well done.',
  'Please do something about the traffic near the school.',
  'My neighbour has waited six weeks for an answer.',
  'The opening hours on the website are wrong.',
  'Lovely midsummer celebration in {place} this year, thank you all!',
];
const EN_SPICE = ['What the hell is going on?', 'This is bullshit.', 'Damn, that took forever.', 'Such a crap decision.', 'f u c k this'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function fill(rnd: () => number, s: string): string {
  return s
    .replace('{place2}', pick(rnd, PLACES))
    .replace('{place}', pick(rnd, PLACES))
    .replace('{street}', pick(rnd, STREETS))
    .replace('{name}', pick(rnd, NAMES));
}

/** A target length between 20 and 2,000 characters, skewed short as real comments are (log-uniform). */
function targetLength(rnd: () => number): number {
  return Math.round(Math.exp(Math.log(20) + rnd() * (Math.log(2000) - Math.log(20))));
}

function comment(rnd: () => number, swedish: boolean): string {
  const target = targetLength(rnd);
  const sentences = swedish ? SV_SENTENCES : EN_SENTENCES;
  const spice = swedish ? SV_SPICE : EN_SPICE;
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const r = rnd();
    const s = fill(rnd, r < 0.06 ? pick(rnd, spice) : r < 0.1 && swedish ? pick(rnd, SV_EXTRA) : pick(rnd, sentences));
    parts.push(s);
    length += s.length + 1;
  }
  let text = parts.join(rnd() < 0.15 ? '\n' : ' ');
  // Cut at a word boundary so over-long comments stay within 2,000 characters.
  if (text.length > 2000) text = text.slice(0, text.lastIndexOf(' ', 2000));
  if (rnd() < 0.05) text = text.toUpperCase();
  return text;
}

/**
 * `count` comments, 80 % Swedish and 20 % English, 20–2,000 characters, about one in six with a swear
 * word (some disguised), some with emoji, links, phone numbers and e-mail addresses.
 *
 * @example
 * generateCorpus({ count: 3 }).length // 3, the same three on every run
 */
export function generateCorpus({ seed = 20260112, count = 2000 }: { seed?: number; count?: number } = {}): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(comment(rnd, rnd() < 0.8));
  return out;
}

/**
 * One long comment of exactly `chars` characters made of generated comments, for the length-scaling run.
 *
 * @example
 * longComment(125_000).length // 125000
 */
export function longComment(chars: number, seed = 7): string {
  const rnd = seededRandom(seed);
  let text = '';
  while (text.length < chars) text += `${comment(rnd, rnd() < 0.8)}\n\n`;
  return text.slice(0, chars);
}
