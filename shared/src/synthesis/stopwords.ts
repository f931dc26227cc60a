// Dutch function words and the fillers people type on phones ("gewoon", "echt", "eigenlijk").
// They carry no theme, so two notes sharing them are not alike. Data, not logic: extend freely.
export const DUTCH_STOP_WORDS: readonly string[] = [
  // Snowball's Dutch list
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is', 'was', 'op', 'aan',
  'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of', 'wat', 'mijn', 'men', 'dit', 'zo',
  'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je', 'mij', 'uit', 'der', 'daar', 'haar', 'naar', 'heb',
  'hoe', 'heeft', 'hebben', 'deze', 'u', 'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat', 'iets',
  'worden', 'toch', 'al', 'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus',
  'alles', 'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen', 'ons',
  'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest', 'andere',
  // more function words
  'we', 'wij', 'jij', 'jullie', 'onze', 'jouw', 'hen', 'zo\'n', 'zn', 'mn', 'dr', 'elkaar', 'waar', 'wanneer',
  'waarom', 'welke', 'welk', 'wel', 'even', 'ander', 'anders', 'alle', 'elk', 'elke', 'ieder', 'iedere', 'ieders',
  'iedereen', 'allemaal', 'beide', 'sommige', 'paar', 'weer', 'dan', 'daarna', 'daarom', 'daardoor', 'daarbij',
  'erbij', 'erin', 'eraan', 'erop', 'eruit', 'ervan', 'ermee', 'hierin', 'waarin', 'waarbij', 'waarop', 'zodat',
  'terwijl', 'tussen', 'binnen', 'buiten', 'vanuit', 'via', 'per', 'rond', 'rondom', 'tijdens', 'sinds', 'vanaf',
  'steeds', 'vaak', 'soms', 'nooit', 'pas', 'net', 'zeer', 'heel', 'erg', 'best', 'wat', 'hoor', 'nou', 'ofzo',
  'zoals', 'dezelfde', 'hetzelfde', 'zelfde', 'zulke', 'zulk', 'jou', 'jouw', 'zijn', 'ben', 'bent', 'was', 'waren',
  'word', 'wordt', 'werden', 'hebt', 'had', 'hadden', 'zullen', 'zult', 'zou', 'zouden', 'kunt', 'konden', 'moeten',
  'moest', 'moesten', 'mag', 'mogen', 'mocht', 'willen', 'wilt', 'wilde', 'gaan', 'gaat', 'ga', 'ging', 'gingen',
  'gegaan', 'laat', 'laten', 'komt', 'komen', 'kom', 'kwam', 'gedaan', 'doet', 'doe', 'deed', 'maakt', 'maken',
  'gemaakt', 'krijgt', 'krijgen', 'kregen', 'gekregen', 'geeft', 'geven', 'gegeven', 'staat', 'staan', 'zit',
  'zitten', 'ligt', 'liggen', 'houdt', 'zie', 'ziet', 'zien', 'weet', 'weten', 'vind', 'vindt', 'vinden', 'denk',
  'denken', 'lijkt', 'alleen', 'kun', 'hoeft', 'hoeven', 'hoef', 'zeg', 'zei', 'loopt', 'lopen', 'heel', 'keer', 'jaar', 'jaren', 'blijkt', 'heet', 'zeggen', 'zegt',
  // fillers and hedges typed on phones
  'gewoon', 'echt', 'eigenlijk', 'natuurlijk', 'misschien', 'wellicht', 'vooral', 'juist', 'zeker', 'gewoonweg',
  'eerlijk', 'gezegd', 'volgens', 'mij', 'denk', 'ok', 'oke', 'haha', 'hihi', 'hmm', 'enz', 'etc', 'enzovoort',
  'bv', 'bijv', 'bijvoorbeeld', 'oa', 'ivm', 'ipv', 'mbt', 'tov', 'vh', 'vd', 'dwz', 'nl', 'evt', 'incl', 'excl',
  'zo', 'ff', 'toch', 'dingen', 'ding', 'iets', 'manier', 'kunnen', 'goed', 'goede', 'beter', 'beste', 'fijn',
  'fijne', 'leuk', 'leuke', 'mooi', 'mooie', 'belangrijk', 'belangrijke', 'graag', 'nodig', 'hele', 'geheel',
  'echte', 'eerst', 'meteen', 'gelijk', 'later', 'straks', 'uiteindelijk', 'namelijk', 'trouwens', 'helaas',
  'tja', 'nee', 'jawel', 'the', 'and', 'of', 'for', 'to', 'a', 'an', 'is', 'in',
];
