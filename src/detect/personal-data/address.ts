import postcodes from '../../../rules/osthammar/data/postcodes.se.json';
import { runStart, stickyMatches } from './anchored-scan.js';
import type { Candidate } from './candidate.js';
import { addressKey, type MunicipalityContacts } from './municipality.js';

let bitmap: Uint8Array | null = null;

/**
 * True when a five-digit Swedish postcode exists (15,463 codes, sjbrg/swedish-geodata, CC0).
 *
 * @example
 * isSwedishPostcode('74231') // true
 * isSwedishPostcode('00000') // false
 */
export function isSwedishPostcode(code: string): boolean {
  if (!/^\d{5}$/u.test(code)) return false;
  bitmap ??= Uint8Array.from(atob(postcodes.bitmap), (c) => c.charCodeAt(0));
  const n = Number(code) - 10000;
  return n >= 0 && n < 90000 && (bitmap[n >> 3]! & (1 << (n & 7))) !== 0;
}

/** Endings of Swedish street names written as one word ("Storgatan", "Björkvägen", "Rådhustorget"). */
const SUFFIX = 'gatan|gata|vägen|väg|gränd|gränden|stigen|backen|backe|torget|torg|platsen|plan|allén|allé|alle|leden|slingan|stråket|gången|kajen|esplanaden|promenaden|terrassen|udden|höjden|ringen|bryggan';
/** Street names written as several words ("Olof Palmes gata", "Drottning Kristinas väg", "Gamla Gimovägen"). */
const SEPARATE = 'gata|gatan|väg|vägen|gränd|allé|plan|torg|torget|backe|stig';
const NUMBER = String.raw`(\d{1,3})(?:\s?([A-Ha-h])(?![\p{L}\p{N}]))?`;
const FLAT = String.raw`(?:,?\s*(?:lgh|lägenhet|lägenhetsnummer)\.?\s*\d{3,4})?`;
const POSTAL = String.raw`(?:,?\s*(?:SE-?)?(\d{3}\s?\d{2})(?:\s+(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?))?)?`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\p{Lu}\p{Ll}+\s){1,2}(?:${SEPARATE})|[\p{L}]{2,}(?:${SUFFIX}))\s+${NUMBER}${FLAT}${POSTAL}(?![\p{L}\p{N}])`,
  // Sticky: tried only where a street may start (streetStarts).
  'uy',
);
/** White space before a digit: a street name ends where such a run starts. */
const BEFORE_NUMBER = /\s+(?=\d)/gu;
const LETTER = /^\p{L}$/u;
const SPACE = /^\s$/u;

/**
 * Where a street may start: the word (a run of letters) before white space and a digit, or one or two
 * words before that, each one white-space character apart ("Olof Palmes gata 3").
 */
function streetStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(BEFORE_NUMBER)) {
    let end = m.index;
    for (let words = 0; words < 3; words++) {
      const start = runStart(text, end, LETTER);
      if (start === end) break;
      starts.push(start);
      if (start === 0 || !SPACE.test(text[start - 1]!)) break;
      end = start - 1;
    }
  }
  return starts;
}

/** One-word "streets" that are roads, ways or phrases, not addresses ("riksväg 76", "på hemvägen"). */
const NOT_A_STREET =
  /^(?:riks|läns|lands|motor|europa|grus|cykel|gång|om|gen|halv|hem|livs|in|ut|tillfarts|infarts|utfarts|genomfarts|väg|gatu|tåg|buss|bil|järn|fot|bak|fel|rätt|andra|första|sista|nästa|samma|denna|varje|ena|hela|kommunal|enskild|allmän|huvud)(?:väg|vägen|gata|gatan|leden|led|gången|plan|planen|stigen|backen)$/iu;
/** After the number: a unit, so a quantity and not a house number ("vägen 5 km", "Gatan 12 gånger"). */
const UNIT_AFTER = /^\s*(?:[-–]\s?\d|%|:-|km|kilometer|mil|m\b|meter|min|minuter|tim|timmar|h\b|kr|kronor|sek|år|st\b|stycken|gånger|ggr|dagar|veckor|månader|procent|personer|bilar|hus|lägenheter|platser|barn|grader|cm|mm|kg|ton|tal|talet)/iu;
/** A public place, an event or the street itself: the address is of a venue or a roadwork, not of a person. */
const VENUE =
  /\b(?:butik\w*|affär\w*|restaurang\w*|caf[eé]\w*|kafé\w*|pizzeria\w*|kontor\w*|mottagning\w*|vårdcentral\w*|bibliotek\w*|skola|skolan|förskola\w*|kommunhus\w*|sporthall\w*|simhall\w*|kyrka|kyrkan|museum|museet|galleri\w*|öppnar|öppnade|öppet|öppettider|välkommen|välkomna|evenemang\w*|loppis\w*|konsert\w*|möte|mötet|träff\w*|föreläsning\w*|utställning\w*|vägarbete\w*|grävning\w*|avstängd|avstängt|avspärrad|omledning\w*|trafik\w*|olycka|olyckan|brand|branden|parkering\w*|hållplats\w*|busshållplats\w*|återvinning\w*|laddstolp\w*|ica|coop|lidl|willys|hemköp|systembolaget|apotek\w*|posten|lokal|lokalen|lokaler|uthyres|säljes|till salu|visning\w*|mäklar\w*|gym\w*|frisör\w*|salong\w*|klinik\w*|hotell\w*|vandrarhem\w*|camping\w*|företag\w*|verkstad\w*|fabrik\w*)\b/iu;
/** Words that make an address someone's home. */
const RESIDENCE = /\b(?:bor|bodde|boende|bostad\w*|hemadress\w*|adress\w*|hemma|lgh|lägenhet\w*|granne\w*|grannar\w*|flyttat|flyttade|flyttar|lives|living|home|address)\b/iu;

/** How far around an address its sentence is read: bounded so many addresses in a long text stay linear. */
const SENTENCE_WINDOW = 240;

function sentenceAround(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - SENTENCE_WINDOW);
  const before = text.slice(lo, start);
  const from = lo + Math.max(before.search(/[.!?\n][^.!?\n]*$/u) + 1, 0);
  const rest = text.slice(end, end + SENTENCE_WINDOW);
  const stop = rest.search(/[.!?\n](?:\s|$)/u);
  return text.slice(from, stop < 0 ? end + rest.length : end + stop);
}

/**
 * Finds street addresses: a street name and a house number, optionally a letter, a flat number and a
 * postcode (checked against the real Swedish postcodes) with its town. Road numbers, quantities, venues,
 * roadworks and the municipality's own addresses are left out.
 *
 * @example
 * findAddresses('Han bor på Storgatan 12B, 742 31 Östhammar', contacts).map(c => c.kind) // ['address']
 */
export function findAddresses(text: string, contacts: MunicipalityContacts): Candidate[] {
  if (!/\d/u.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of stickyMatches(STREET, text, streetStarts(text))) {
    let [whole, street, number, letter, postcode, town] = m as unknown as [string, string, string, string?, string?, string?];
    const start = m.index;
    if (NOT_A_STREET.test(street) || (/^\p{Ll}/u.test(street) && /^(?:hemvägen|halvvägen|omvägen|genvägen|mittgången)$/u.test(street))) continue;
    // A postcode that does not exist is not part of the address: keep the street and number only.
    if (postcode !== undefined && !isSwedishPostcode(postcode.replace(/\s/gu, ''))) {
      whole = whole.slice(0, whole.indexOf(postcode, street.length + number.length)).replace(/[,\s]+$/u, '');
      postcode = undefined;
      town = undefined;
    }
    const end = start + whole.length;
    if (postcode === undefined && UNIT_AFTER.test(text.slice(start + street.length).replace(/^\s+\d{1,3}\s?/u, ''))) continue;
    if (contacts.addresses.has(addressKey(`${street} ${number}${letter ?? ''}`))) continue;
    const sentence = sentenceAround(text, start, end);
    if (VENUE.test(sentence) && !RESIDENCE.test(sentence)) continue;
    out.push({ kind: 'address', start, end, priority: 6, data: { postcode: postcode !== undefined, town: town !== undefined } });
  }
  return out;
}
