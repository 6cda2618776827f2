// Adjectives of nationality ("Lithuanian parliament", "Russian aggression") and legislatures by
// name ("the Seimas"). The record names states but not their adjectives or parliaments; these
// are the reader's own, for the states texts about these treaties name most often.

/** ISO3 → adjectives. */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  AFG: ['Afghan'], ALB: ['Albanian'], DZA: ['Algerian'], AGO: ['Angolan'], ARG: ['Argentine', 'Argentinian'], ARM: ['Armenian'],
  AUS: ['Australian'], AUT: ['Austrian'], AZE: ['Azerbaijani'], BGD: ['Bangladeshi'], BLR: ['Belarusian', 'Belarussian'],
  BEL: ['Belgian'], BIH: ['Bosnian'], BRA: ['Brazilian'], BGR: ['Bulgarian'], KHM: ['Cambodian'], CAN: ['Canadian'],
  CHL: ['Chilean'], CHN: ['Chinese'], COL: ['Colombian'], HRV: ['Croatian'], CUB: ['Cuban'], CYP: ['Cypriot'], CZE: ['Czech'],
  DNK: ['Danish'], EGY: ['Egyptian'], EST: ['Estonian'], ETH: ['Ethiopian'], FIN: ['Finnish'], FRA: ['French'],
  GEO: ['Georgian'], DEU: ['German'], GRC: ['Greek'], HUN: ['Hungarian'], ISL: ['Icelandic'], IND: ['Indian'],
  IDN: ['Indonesian'], IRN: ['Iranian'], IRQ: ['Iraqi'], IRL: ['Irish'], ISR: ['Israeli'], ITA: ['Italian'], JPN: ['Japanese'],
  JOR: ['Jordanian'], KAZ: ['Kazakh', 'Kazakhstani'], KEN: ['Kenyan'], LVA: ['Latvian'], LBN: ['Lebanese'], LBY: ['Libyan'],
  LTU: ['Lithuanian'], LUX: ['Luxembourgish'], MHL: ['Marshallese'], MEX: ['Mexican'], MDA: ['Moldovan'], MNG: ['Mongolian'],
  MNE: ['Montenegrin'], MAR: ['Moroccan'], MOZ: ['Mozambican'], MMR: ['Burmese'], NLD: ['Dutch'], NZL: ['New Zealand'],
  NGA: ['Nigerian'], PRK: ['North Korean'], MKD: ['North Macedonian', 'Macedonian'], NOR: ['Norwegian'], PAK: ['Pakistani'],
  PSE: ['Palestinian'], PHL: ['Philippine', 'Filipino'], POL: ['Polish'], PRT: ['Portuguese'], ROU: ['Romanian'],
  RUS: ['Russian'], SAU: ['Saudi'], SRB: ['Serbian'], SVK: ['Slovak', 'Slovakian'], SVN: ['Slovenian', 'Slovene'],
  SOM: ['Somali'], ZAF: ['South African'], KOR: ['South Korean'], SSD: ['South Sudanese'], ESP: ['Spanish'], LKA: ['Sri Lankan'],
  SDN: ['Sudanese'], SWE: ['Swedish'], CHE: ['Swiss'], SYR: ['Syrian'], TON: ['Tongan'], TUR: ['Turkish'], UKR: ['Ukrainian'],
  GBR: ['British'], USA: ['American'], VNM: ['Vietnamese'], YEM: ['Yemeni'], ZWE: ['Zimbabwean'],
};

/** Legislatures by name → ISO3. */
export const BODIES: Readonly<Record<string, string>> = {
  Seimas: 'LTU', Saeima: 'LVA', Riigikogu: 'EST', Eduskunta: 'FIN', Sejm: 'POL', 'Verkhovna Rada': 'UKR', Rada: 'UKR',
  Storting: 'NOR', Stortinget: 'NOR', Riksdag: 'SWE', Folketing: 'DNK', Folketinget: 'DNK', Althing: 'ISL', Bundestag: 'DEU',
  Knesset: 'ISR', 'State Duma': 'RUS', Duma: 'RUS', 'Grand National Assembly': 'TUR', Sabor: 'HRV',
};

/** Names that contain a state's name but are not the state ("Latin America" is not the United States). */
export const NOT_STATES: readonly string[] = ['Latin America', 'South America', 'North America', 'Central America', 'Americas', 'New South Wales', 'Georgia Tech', 'Jordan River'];
