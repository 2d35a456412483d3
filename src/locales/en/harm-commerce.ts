import type { svHarmCommerce } from '../sv/harm-commerce.js';

/** English messages of the violence, pornography, crime, copyright and commercial rules. */
export const enHarmCommerce: Record<keyof typeof svHarmCommerce, string> = {
  'violence.media': 'Sharing a recording of grave violence: "{text}".',
  'violence.host': 'Link to a site with recordings of real violence ({host}): "{text}".',
  'violence.graphic': 'Graphic depiction of grave violence: "{text}".',
  'violence.glorify': 'Wishing for or glorifying violence against people: "{text}".',
  'pornography.porn': 'Pornographic content or offer: "{text}".',
  'pornography.explicit': 'Sexually explicit description: "{text}".',
  'pornography.link': 'Link to a pornographic site ({host}): "{text}".',
  'pornography.csam': 'Sexual material involving children (child pornography offence): "{text}".',
  'pornography.ncii': 'Intimate images of a person without consent (unlawful invasion of privacy): "{text}".',
  'crime.threat': 'Threat against a person or property (unlawful threat): "{text}".',
  'crime.incitement': 'Incitement to violence or other crime: "{text}".',
  'crime.drugs': 'Offer of narcotics: "{text}".',
  'crime.forgery': 'Offer of forged documents or money: "{text}".',
  'crime.weapons': 'Offer of weapons or explosives: "{text}".',
  'crime.fraud': 'Recruiting money mules (BankID or bank account): "{text}".',
  'copyright.host': 'Link or pointer to a piracy site ({host}): "{text}".',
  'copyright.piracy': 'Pirated material or unlawful streaming: "{text}".',
  'copyright.article': 'A whole article or text pasted in: "{text}".',
  'commercial.ad': 'Advertising or commercial message: "{text}".',
  'commercial.scam': 'Scam-like advertising (quick money, crypto, investment): "{text}".',
  'commercial.contact': 'Sales contact off the page via {channel}: "{text}".',
  'commercial.discount': 'Discount code or promotional offer: "{text}".',
  'commercial.spam': 'Spam (medicines, followers, diet pills): "{text}".',
};
