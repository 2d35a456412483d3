import { describe, expect, it } from 'vitest';
import { classifyKeep } from '../../src/decide/keep.js';
import { classifyWeed } from '../../src/decide/weed.js';
import { intentOf } from './helpers.js';

type Flag = 'question' | 'simpleQuestion' | 'demand' | 'fault' | 'complaint' | 'proposal' | 'opinion' | 'acknowledgement' | 'offTopic';

// Each cue list: comments where it must fire, and look-alikes where it must not.
const TABLE: Record<Flag, { fires: string[]; not: string[] }> = {
  question: {
    fires: ['När öppnar badhuset?', 'hej när öppnar biblioteket i alunda igen', 'Undrar om sophämtningen blir försenad', 'Har ni öppet på lördag', 'Är badhuset öppet idag', 'Hur mycket kostar ett busskort', 'Vem bestämde det här'],
    not: ['När jag var liten fanns det ett badhus i Alunda.', 'Vilket väder idag!', 'Vad fint det blev!', 'Hur fint som helst', 'Har varit på badhuset idag, jättetrevligt', 'Kan inte fatta hur fint det blev', 'Var på biblioteket i Östhammar idag'],
  },
  simpleQuestion: {
    fires: ['När öppnar badhuset?', 'Vilka dagar är återvinningscentralen öppen?', 'Var ligger närmaste återvinningsstation?', 'Hur ansöker man om bygglov för en altan?', 'Vad kostar ett årskort på badhuset?', 'Är förskolan stängd under jullovet?'],
    not: ['Varför stänger ni badhuset?', 'När ska ni fortfarande inte ploga vår gata?', 'Hur mycket kostar slutförvaret kommunen?', 'Min dotter har inte fått plats på förskolan, när får vi besked?', 'Vad tänker kommunen göra åt trafiken?', 'Kan ni lägga ut menyn på hemsidan?'],
  },
  demand: {
    fires: ['Ploga Storgatan nu!', 'Ni måste göra något åt trafiken', 'Se till att cykelvägen blir belyst.', 'Jag kräver ett svar', 'Kan ni lägga ut menyn på hemsidan?', 'Det måste bli en gångtunnel här.', 'Snälla hjälp oss'],
    not: ['Jag tycker att kommunen ska satsa på Forsmark.', 'Kommunen ska inte bestämma över våra tomter.', 'Hoppas det får förbli så.', 'Kan ni berätta när badhuset öppnar?', 'Laga mat är kul', 'Kommunen borde satsa mer på skolan.'],
  },
  fault: {
    fires: ['Gatlampan är trasig', 'Det är en vattenläcka på Storgatan', 'Soptunnan har inte tömts', 'Vi har inget vatten sedan i morse', 'Cykelvägen är spegelblank', 'Hemtjänsten har inte kommit idag'],
    not: ['Vattnet i Öregrund är så fint idag', 'Soptunnorna töms på tisdagar', 'Plogbilen var här i morse', 'Tack för att ni lagade lampan'],
  },
  complaint: {
    fires: ['Snöröjningen är under all kritik', 'Det är skandal att ni stänger biblioteket', 'Vi har väntat i flera månader på besked', 'Jag förstår inte varför det ska vara så svårt', 'Bussen var försenad igen', 'Ingen svarar i telefon', 'Sophämtningen har inte kommit den här veckan heller'],
    not: ['Jag vill inte heller att skolan läggs ner', 'Snöröjningen fungerar bra i år', 'Hur länge har ishallen öppet ikväll?', 'Blir sophämtningen försenad i jul?'],
  },
  proposal: {
    fires: ['Kommunen borde satsa mer på äldreomsorgen.', 'Förslag: fler papperskorgar i Öregrund', 'Det vore bra med en busslinje till Gimo', 'Varför inte ha längre öppettider?', 'Önskar att skolskjutsen gick senare'],
    not: ['Jag har en fråga om bygglov', 'Biblioteket har bra öppettider'],
  },
  opinion: {
    fires: ['Jag tycker att beslutet är fel', 'Synd att biblioteket stänger', 'Bra beslut!', 'Jag är emot att man bygger på strandskyddad mark', 'Det vore ett misstag'],
    not: ['När öppnar badhuset?', 'Tack för infon!', 'Gatlampan är trasig'],
  },
  acknowledgement: {
    fires: ['Tack! 👍', '👍👍👍', 'Ok, tack för beskedet.', 'Vad fint det blev vid torget!', 'Vilket härligt initiativ!', 'Håller med!', 'Hejsan! 😊', 'Ni gör ett kanonjobb med vinterväghållningen 👏', 'Spana in utställningen på konsthallen!', 'Anna Svensson', '@Lisa Berg', 'Snart jul 🎄', 'Thanks for clearing the snow so quickly!'],
    not: ['Tack för inget', 'Tack, men varför svarar ni inte?', 'Bra att ni lägger ner skolan, den var ändå dålig', 'Bra beslut!', 'Precis, skolan i Gimo behövs för barnen i byn', 'Hej, gatlampan vid skolan är trasig', 'Kul att ni lägger pengar på konst när skolan saknar böcker'],
  },
  offTopic: {
    fires: ['Någon som sett min katt?', 'Grattis på födelsedagen Lisa!', 'Mamma fyller 80 idag, grattis!', 'Någon som vet när ICA stänger ikväll?', 'Har någon hittat en plånbok vid torget?', 'Vår hund är bortsprungen, hör av er om ni ser honom!', 'Regeringen borde sänka elpriset', 'Lisa, kolla här! Det du pratade om', 'Du vet inte vad du pratar om'],
    not: ['Någon som vet när biblioteket öppnar?', 'Min hund blev biten vid hundrastgården, kommunen måste sätta upp staket!', 'Hur ofta töms glasigloon vid ICA i Alunda?', 'Kommunen fyller i blanketten åt dig', 'Håller med dig, skolan i Alunda behövs.', 'Du har rätt, ingen svarar på kommunen'],
  },
};

describe('readIntent cue lists', () => {
  for (const [flag, { fires, not }] of Object.entries(TABLE) as [Flag, { fires: string[]; not: string[] }][]) {
    describe(flag, () => {
      it.each(fires)(`fires on %j`, (text) => {
        expect(intentOf(text)[flag]).toBe(true);
      });
      it.each(not)(`does not fire on %j`, (text) => {
        expect(intentOf(text)[flag]).toBe(false);
      });
    });
  }
});

describe('readIntent addressee', () => {
  it.each([
    ['Har du testat att ringa dem direkt?', 'person'],
    ['Någon som vet när biblioteket öppnar?', 'public'],
    ['Har ni öppet på lördag?', 'municipality'],
    ['När öppnar badhuset?', 'municipality'],
    ['Vet du om kommunen har öppet?', 'municipality'],
  ])('%j is put to the %s', (text, addressee) => {
    expect(intentOf(text).addressee).toBe(addressee);
  });
});

describe('classifyWeed and classifyKeep', () => {
  it.each([
    ['Tack! 👍', 'för kännedom'],
    ['När öppnar badhuset?', 'enkel fråga'],
    ['Någon som sett min katt?', 'rör inte kommunen'],
    ['Grattis på födelsedagen Lisa! 🎉', 'rör inte kommunen'],
    ['Jag tycker att beslutet om badhuset i Gimo är fel.', null],
    ['Varför stänger ni badhuset?', null],
  ])('%j → %s', (text, kind) => {
    expect(classifyWeed(intentOf(text))).toBe(kind);
  });

  it.each([
    ['Gatlampan vid skolan är trasig', 'fault-report'],
    ['Snöröjningen är under all kritik', 'complaint'],
    ['Ploga Storgatan nu!', 'request'],
    ['Varför stänger ni badhuset?', 'question'],
    ['Kommunen borde satsa mer på äldreomsorgen.', 'proposal'],
    ['Jag tycker att beslutet är fel.', 'opinion'],
    ['Slutförvaret i Forsmark är en fråga för hela Sverige.', 'other'],
  ])('%j is kept as %s', (text, kind) => {
    expect(classifyKeep(intentOf(text))).toBe(kind);
  });
});
