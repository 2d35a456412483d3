/** The general help: every command, examples, exit codes. Swedish first, English beside. */
export const HELP = `moderera – modererar kommentarer enligt Östhammars kommuns riktlinjer för sociala medier
(moderates comments on Swedish municipal social-media pages)

Användning / usage:
  moderera classify [fil|-] [--format jsonl|table] [--from plattform] [--now ISO-tid]
  moderera check [fixturer …]
  moderera evaluate [fil|-] [--replies fil] [--from plattform] [--format table|json] [--now ISO-tid]
  moderera <kommando> --help

Kommandon / commands:
  classify   beslut för varje kommentar: JSONL ut, eller en läsbar svensk tabell
             (decisions for each comment, JSONL or a table)
  check      kör fixturernas förväntningar och visar en diff per kommentar som avviker; för CI
             (runs fixture expectations, prints a diff per failing comment; for CI)
  evaluate   UTVÄRDERING: tid, engagemang och gensvar över en mängd kommentarer
             (the guideline's evaluation table)

Exempel / examples:
  moderera classify fixtures/examples/osthammar-comments.jsonl --format table
  echo '{"id":"1","text":"Du är en jävla idiot"}' | moderera classify -
  moderera classify --from facebook graph-svar.json
  moderera check fixtures/
  moderera evaluate kommentarer.jsonl --replies svar.jsonl

Slutkoder / exit codes:
  0  klart, allt som väntat (done)
  1  minst en kommentar kunde inte modereras, eller en fixtur avviker (some input failed or a fixture differs)
  2  fel i anropet, eller en fil som inte går att läsa eller inte är giltig (usage error or unreadable/invalid file)
  3  internt fel i moderera (a bug: please report it)`;

/** Help per command, shown by `moderera <command> --help` and after a usage error. */
export const COMMAND_HELP: Readonly<Record<string, string>> = {
  classify: `moderera classify [fil|-] [--format jsonl|table] [--from plattform] [--now ISO-tid] [--no-progress]

Läser kommentarer från en fil eller stdin (-): en JSON-array, ett JSON-objekt eller JSONL (en kommentar
per rad). Skriver ett beslut per kommentar; en rad som inte är JSON eller inte är en kommentar blir en
felpost med radnummer, aldrig borttappad. (Reads comments, writes one decision per comment.)

  --format    jsonl (standard): ett beslut per rad  |  table: läsbar svensk tabell
  --from      facebook, instagram eller youtube: filen är plattformens API-svar (Graph API-sida
              { data: [...] }, YouTube commentThreads.list { items: [...] }, eller ett enskilt objekt)
  --now       moderatorns klocka, sparas i bevisposten (standard: nu)
  --no-progress  ingen förloppsindikator på stderr (den visas bara i terminal och för långa körningar)

Exempel:
  moderera classify fixtures/examples/osthammar-comments.jsonl --format table
  cat kommentarer.jsonl | moderera classify - > beslut.jsonl
  moderera classify --from youtube fixtures/examples/platforms/youtube-comment-threads.json

Slutkoder: 0 alla modererade, 1 några poster var fel, 2 fel i anropet eller oläsbar fil.`,

  check: `moderera check [fixturer …] [--no-progress]

Kör förväntningarna i fixturfiler (JSON enligt FixtureFileSchema: { description, cases: [{ id, text, …,
expect }] }) och skriver en diff per kommentar som avviker, sedan en summering. Ange filer eller mappar
(standard: fixtures/); i mappar läses alla .json-filer utom mappen examples/, som saknar förväntningar.
(Runs fixture expectations; a diff per failing comment; the command to put in CI.)

Exempel:
  moderera check fixtures/
  moderera check fixtures/categories/profanity.json

Slutkoder: 0 alla stämmer, 1 minst en avviker, 2 en fil går inte att läsa eller är ogiltig (filen och
fältet anges).`,

  evaluate: `moderera evaluate [fil|-] [--replies fil] [--from plattform] [--format table|json] [--lang sv|en] [--now ISO-tid] [--no-progress]

UTVÄRDERING enligt riktlinjerna: tid, engagemang och gensvar – åtgärder, kategorier, personuppgifter,
svar som förväntas, svarsfrekvens, svar i tid och svarstider per förvaltning. Läser kommentarer (modereras
först; deras createdAt ger svarstiderna) eller beslut från moderera classify (JSONL), och valfritt
kommunens svar. (The guideline's evaluation table: time, engagement and response.)

  --replies   kommunens svar, JSON-array eller JSONL: { commentId, repliedAt } per svar, eller
              kommunens egna kommentarer { inReplyTo, createdAt } (t.ex. från --from-adaptrarna)
  --from      facebook, instagram eller youtube: filen är plattformens API-svar
  --format    table (standard): läsbar tabell  |  json: resultatet som JSON
  --lang      sv (standard) eller en: tabellens språk
  --now       moderatorns klocka (standard: nu)

Exempel:
  moderera evaluate fixtures/examples/osthammar-comments.jsonl
  moderera classify kommentarer.jsonl | moderera evaluate - --replies svar.jsonl

Slutkoder: 0 klart, 1 några poster kunde inte läsas, 2 fel i anropet eller oläsbar fil.`,
};
