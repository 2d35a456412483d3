// The rule data of the violence, pornography, crime, copyright and commercial rules, bundled at build time.
import commercialEn from '../../../rules/osthammar/lexicons/commercial.en.json';
import commercialSv from '../../../rules/osthammar/lexicons/commercial.sv.json';
import ctxArsonVerbsEn from '../../../rules/osthammar/lexicons/context.arson-verbs.en.json';
import ctxArsonVerbsSv from '../../../rules/osthammar/lexicons/context.arson-verbs.sv.json';
import ctxContactAppsAny from '../../../rules/osthammar/lexicons/context.contact-apps.any.json';
import ctxDiscussionEn from '../../../rules/osthammar/lexicons/context.discussion.en.json';
import ctxDiscussionSv from '../../../rules/osthammar/lexicons/context.discussion.sv.json';
import ctxDrugsEn from '../../../rules/osthammar/lexicons/context.drugs.en.json';
import ctxDrugsSv from '../../../rules/osthammar/lexicons/context.drugs.sv.json';
import ctxHarmParticiplesSv from '../../../rules/osthammar/lexicons/context.harm-participles.sv.json';
import ctxHarmPassiveEn from '../../../rules/osthammar/lexicons/context.harm-passive.en.json';
import ctxHarmPassiveSv from '../../../rules/osthammar/lexicons/context.harm-passive.sv.json';
import ctxHarmPeopleEn from '../../../rules/osthammar/lexicons/context.harm-people.en.json';
import ctxHarmPeopleSv from '../../../rules/osthammar/lexicons/context.harm-people.sv.json';
import ctxHarmPlacesEn from '../../../rules/osthammar/lexicons/context.harm-places.en.json';
import ctxHarmPlacesSv from '../../../rules/osthammar/lexicons/context.harm-places.sv.json';
import ctxHarmPresentSv from '../../../rules/osthammar/lexicons/context.harm-present.sv.json';
import ctxHarmTargetsEn from '../../../rules/osthammar/lexicons/context.harm-targets.en.json';
import ctxHarmTargetsSv from '../../../rules/osthammar/lexicons/context.harm-targets.sv.json';
import ctxHurtVerbsEn from '../../../rules/osthammar/lexicons/context.hurt-verbs.en.json';
import ctxHurtVerbsSv from '../../../rules/osthammar/lexicons/context.hurt-verbs.sv.json';
import ctxIntentCuesEn from '../../../rules/osthammar/lexicons/context.intent-cues.en.json';
import ctxIntentCuesSv from '../../../rules/osthammar/lexicons/context.intent-cues.sv.json';
import ctxKillVerbsEn from '../../../rules/osthammar/lexicons/context.kill-verbs.en.json';
import ctxKillVerbsSv from '../../../rules/osthammar/lexicons/context.kill-verbs.sv.json';
import ctxLegalSourcesEn from '../../../rules/osthammar/lexicons/context.legal-sources.en.json';
import ctxLegalSourcesSv from '../../../rules/osthammar/lexicons/context.legal-sources.sv.json';
import ctxReportedSpeechEn from '../../../rules/osthammar/lexicons/context.reported-speech.en.json';
import ctxReportedSpeechSv from '../../../rules/osthammar/lexicons/context.reported-speech.sv.json';
import ctxViolentActsSv from '../../../rules/osthammar/lexicons/context.violent-acts.sv.json';
import ctxWildlifeEn from '../../../rules/osthammar/lexicons/context.wildlife.en.json';
import ctxWildlifeSv from '../../../rules/osthammar/lexicons/context.wildlife.sv.json';
import copyrightEn from '../../../rules/osthammar/lexicons/copyright.en.json';
import copyrightSv from '../../../rules/osthammar/lexicons/copyright.sv.json';
import pornographyEn from '../../../rules/osthammar/lexicons/pornography.en.json';
import pornographySv from '../../../rules/osthammar/lexicons/pornography.sv.json';
import violenceEn from '../../../rules/osthammar/lexicons/violence.en.json';
import violenceSv from '../../../rules/osthammar/lexicons/violence.sv.json';
import commercialEnPatterns from '../../../rules/osthammar/patterns/commercial.en.json';
import commercialSvPatterns from '../../../rules/osthammar/patterns/commercial.sv.json';
import ctxGoreHostsPatterns from '../../../rules/osthammar/patterns/context.gore-hosts.json';
import ctxPiracyHostsPatterns from '../../../rules/osthammar/patterns/context.piracy-hosts.json';
import ctxPornHostsPatterns from '../../../rules/osthammar/patterns/context.porn-hosts.json';
import ctxTrustedHostsPatterns from '../../../rules/osthammar/patterns/context.trusted-hosts.json';
import copyrightEnPatterns from '../../../rules/osthammar/patterns/copyright.en.json';
import copyrightSvPatterns from '../../../rules/osthammar/patterns/copyright.sv.json';
import crimeEnPatterns from '../../../rules/osthammar/patterns/crime.en.json';
import crimeSvPatterns from '../../../rules/osthammar/patterns/crime.sv.json';
import pornographyEnPatterns from '../../../rules/osthammar/patterns/pornography.en.json';
import pornographySvPatterns from '../../../rules/osthammar/patterns/pornography.sv.json';
import violenceEnPatterns from '../../../rules/osthammar/patterns/violence.en.json';
import violenceSvPatterns from '../../../rules/osthammar/patterns/violence.sv.json';
import type { RulesetInput } from '../../ruleset/schema.js';

/** Lexicons of the harm and commerce rules: their categories' words and the context lists they read. */
export const harmCommerceLexicons = [
  commercialEn,
  commercialSv,
  ctxArsonVerbsEn,
  ctxArsonVerbsSv,
  ctxContactAppsAny,
  ctxDiscussionEn,
  ctxDiscussionSv,
  ctxDrugsEn,
  ctxDrugsSv,
  ctxHarmParticiplesSv,
  ctxHarmPassiveEn,
  ctxHarmPassiveSv,
  ctxHarmPeopleEn,
  ctxHarmPeopleSv,
  ctxHarmPlacesEn,
  ctxHarmPlacesSv,
  ctxHarmPresentSv,
  ctxHarmTargetsEn,
  ctxHarmTargetsSv,
  ctxHurtVerbsEn,
  ctxHurtVerbsSv,
  ctxIntentCuesEn,
  ctxIntentCuesSv,
  ctxKillVerbsEn,
  ctxKillVerbsSv,
  ctxLegalSourcesEn,
  ctxLegalSourcesSv,
  ctxReportedSpeechEn,
  ctxReportedSpeechSv,
  ctxViolentActsSv,
  ctxWildlifeEn,
  ctxWildlifeSv,
  copyrightEn,
  copyrightSv,
  pornographyEn,
  pornographySv,
  violenceEn,
  violenceSv,
] as RulesetInput['lexicons'];

/** Pattern files of the harm and commerce rules, with the host lists (language-neutral). */
export const harmCommercePatterns = [
  commercialEnPatterns,
  commercialSvPatterns,
  ctxGoreHostsPatterns,
  ctxPiracyHostsPatterns,
  ctxPornHostsPatterns,
  ctxTrustedHostsPatterns,
  copyrightEnPatterns,
  copyrightSvPatterns,
  crimeEnPatterns,
  crimeSvPatterns,
  pornographyEnPatterns,
  pornographySvPatterns,
  violenceEnPatterns,
  violenceSvPatterns,
] as NonNullable<RulesetInput['patterns']>;
