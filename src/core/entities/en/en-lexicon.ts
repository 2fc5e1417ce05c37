/**
 * Word lists for the English rules (lower case). Hand-written from the conventions of English government
 * and news style (U.S. State Department and GPO style manuals' lists of titles, ranks and agency names);
 * small on purpose: the rules lean on capitalisation and grammar, the lists only name the closed classes.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s*\|\s*/));

/** Abbreviations whose period belongs to the word. */
export const ABBREVIATIONS =
  set(`mr|ms|mrs|dr|sr|jr|lt|gen|col|maj|brig|adm|capt|sgt|cmdr|cpl|pvt|gov|sen|rep|amb|
  st|sec|pres|prof|hon|rev|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|inc|corp|co|ltd|no|vs|dept|govt|assn`);

/** Company forms after a name and a comma ("Pacific Rim Logistics, Inc."), part of the name. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'inc.',
  'inc',
  'llc',
  'l.l.c.',
  'ltd.',
  'ltd',
  'corp.',
  'plc',
  'co.',
]);

/** Courtesy words before a name; not part of the name, not titles. */
export const HONORIFICS = set(
  `mr.|ms.|mrs.|dr.|mr|ms|mrs|dr|miss|sir|dame|madam|madame|mx.|professor|prof.|dato|datuk|datin|seri|sri|honorable|honourable|excellency|u|daw`,
);

/** Nouns that end a title: "Minister", "Secretary", "Gen.". */
export const TITLE_HEADS =
  set(`pm|president|vice-president|president-elect|minister|vice-minister|secretary|secretary-general|
  undersecretary|ambassador|ambassador-at-large|chairman|chairwoman|chairperson|chair|co-chair|vice-chair|ceo|
  cfo|coo|cto|director|director-general|administrator|governor|gov.|senator|sen.|representative|rep.|
  congressman|congresswoman|speaker|mayor|chancellor|premier|king|queen|prince|princess|emperor|pope|sultan|
  emir|sheikh|justice|judge|commissioner|spokesperson|spokesman|spokeswoman|envoy|adviser|advisor|counselor|
  counsellor|consul|attorney|general|gen.|admiral|adm.|colonel|col.|captain|capt.|commander|cmdr.|
  lieutenant|lt.|sergeant|sgt.|marshal|officer|executive|treasurer|comptroller|inspector|attaché|chargé|
  founder|co-founder|manager|delegate|lawmaker|legislator|councillor|councilor|councilmember|member|chief|
  head|leader|dean|provost|rector|superintendent|prosecutor|ombudsman|registrar|deputy|amb.|pres.|sec.|
  maj.|cpl.|pvt.|spc.|pfc.|ens.|agent|commandant|sheriff|warden|auditor|attorneys|prosecutors|judges|senators|ministers|secretaries|ambassadors`);

/** Words that may stand before a title head: "Deputy", "Foreign", "Acting", "Sr.". */
export const TITLE_MODIFIERS =
  set(`deputy|vice|assistant|principal|under|acting|senior|chief|executive|special|operating|financial|technology|
  marketing|legal|investment|commercial|
  foreign|defense|defence|finance|prime|first|second|third|permanent|associate|general|lieutenant|co|managing|
  national|security|state|press|attorney|solicitor|inspector|surgeon|majority|minority|supreme|interim|
  former|then|incoming|outgoing|regional|provincial|party|trade|economy|health|education|justice|interior|
  home|labor|labour|culture|commerce|energy|agriculture|environment|transport|information|science|industry|
  sr.|lt.|maj.|brig.|vice-|rear|staff|master|field|brigadier|major|lead|senior|junior|top|chief|district|
  county|city|state|federal|provincial|ranking|presiding|honorary|founding|executive|co-|trial|standing|`);

/** Nouns that make a capitalised phrase an organisation: "Ministry", "Institute", "Bank". */
export const ORG_HEADS =
  set(`ministry|department|dept.|committee|commission|council|party|agency|bureau|office|
  institute|institution|university|college|school|academy|bank|association|assn.|organization|organisation|
  foundation|corporation|corp.|company|co.|inc.|ltd.|llc|group|fund|authority|administration|assembly|congress|
  senate|parliament|court|tribunal|union|alliance|forum|center|centre|cooperation|federation|board|embassy|
  consulate|secretariat|programme|network|forces|army|navy|police|guard|government|cabinet|society|league|
  coalition|front|movement|force|chamber|trust|holdings|airlines|airways|partners|laboratory|laboratories|hospital|
  news|times|post|journal|command|corps|directorate|mission|politburo|services|exchange|industries|centers|
  enterprises|club|caucus|conference|observatory|reserve|treasury|legislature|diet|duma|knesset|institutes|
  division|section|unit|procuracy|procuratorate|inspectorate|nations`);

/** Bodies named without a head noun. */
export const KNOWN_ORGS = set(
  `white house|pentagon|kremlin|politburo|interpol|europol|red cross|
  united nations|european union|world bank|congress|senate|house|state department|cabinet|nato|asean|apec|
  justice department|treasury|legislature|white house|reuters|associated press|ap|afp|getty images|bloomberg|
  fox news digital|lockheed martin|boeing|raytheon|general motors|ford|microsoft|google|apple|amazon|
  united auto workers|teamsters|house of representatives|capitol police|secret service|medicare|medicaid|
  g7|g20|g-7|g-20|homeland security investigations|joint chiefs of staff|joint chiefs|
  customs and border protection|immigration and customs enforcement|american red cross|afl-cio|
  defense criminal investigative service|criminal investigation division|national guard|coast guard|
  joint staff|` +
    // Vietnamese bodies English-language news names by brand or short form.
    `petrovietnam|vietnam electricity|evn|vna|vietnam news agency|amcham|vietcombank|vietinbank|bidv|agribank|
  viettel|vinacomin|vietnam airlines|vnpt|commercial service|u.s. commercial service|quad|peace corps|ustr`,
);

/** Words of ministry and committee names that are not people's names: "of Defense", "on External Relations". */
export const DOMAIN_WORDS = set(`affairs|defense|defence|state|foreign|finance|justice|health|education|
  commerce|trade|industry|energy|agriculture|labor|labour|interior|security|homeland|transportation|transport|
  development|planning|investment|environment|resources|culture|sports|tourism|information|communications|
  science|technology|relations|external|internal|public|national|international|economic|economy|policy|
  veterans|housing|construction|legal|ethics|intelligence|appropriations|budget|operations|management|
  studies|research|rights|human|social|welfare|immigration|customs|revenue|natural|safety|emergency|
  disaster|protection|reform|oversight|judiciary|armed|navy|army|marine|staff|mission|diplomacy|peace|
  war|home|treasury|works|employment|innovation|industrial|military|central|people|city|province|district|county|municipal|town|
  commune|ward|provincial|economics|politics|statistics|programs|markets|sanctions|nonproliferation|arms|
  control|counterterrorism|cyberspace|trafficking|persons|refugees|migration|population|oceans|fisheries|
  narcotics|enforcement|conflict|stabilization|democracy|religious|freedom|issues|global|cyber|digital|
  verification|compliance|energy|climate|space`);

/** Countries and regions (for "President of France Emmanuel Macron" and the possessive rule). */
export const PLACES =
  set(`vietnam|viet nam|việt nam|hà nội|united states|america|china|japan|korea|south korea|north korea|
  india|russia|ukraine|france|germany|italy|spain|britain|united kingdom|england|canada|mexico|brazil|
  argentina|chile|peru|colombia|guatemala|cuba|australia|new zealand|indonesia|malaysia|singapore|thailand|
  philippines|cambodia|laos|myanmar|taiwan|hong kong|iran|iraq|israel|egypt|turkey|saudi arabia|pakistan|
  afghanistan|syria|nigeria|kenya|south africa|ethiopia|algeria|morocco|libya|tripoli|hanoi|washington|
  beijing|tokyo|seoul|moscow|london|paris|berlin|asia|europe|africa|pacific|indo-pacific|poland|sweden|
  norway|netherlands|belgium|switzerland|austria|greece|portugal|ireland|denmark|finland|mongolia|nepal|
  bangladesh|sri lanka|qatar|jordan|lebanon|venezuela|ecuador|bolivia|panama|honduras|haiti|jamaica|
  ho chi minh city|new york|california|texas|florida|virginia|maryland`);

/** Capitalised words that are never names or organisation words on their own. */
export const STOP_CAPS = set(
  `extraordinary|plenipotentiary|the|a|an|in|on|at|he|she|they|it|we|i|you|this|that|these|those|his|her|their|our|
  its|and|but|or|for|with|from|to|by|as|of|after|before|during|under|over|while|when|where|what|who|which|
  if|since|also|both|all|each|many|some|other|there|here|monday|tuesday|wednesday|thursday|friday|saturday|
  sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|
  yesterday|tomorrow|however|according|following|meanwhile|although|because|until|through|said|says|read|
  more|most|new|not|no|yes|please|click|photo|photos|image|video|share|like|follow|see|about|between|
  later|earlier|then|now|still|yet|so|thus|instead|indeed|moreover|furthermore|nevertheless|separately|
  finally|ultimately|already|again|once|even|only|just|asked|speaking|citing|amid|among|against|despite|
  without|within|across|upon|last|next|currently|previously|recently|similarly|together|afterward|afterwards|
  meeting|meetings|summit|talks|ministerial|` +
    // Verbs of press-release headlines, written in title case after a name ("Secretary Hollis Travels to Lima").
    `travels|announces|leads|meets|visits|welcomes|hosts|signs|delivers|attends|joins|launches|designates|
  congratulates|condemns|urges|discusses|highlights|honors|nominates|reaffirms|testifies|unveils|commends|
  applauds|celebrates|concludes|convenes|pledges|praises|receives|returns|appoints|announced|presents|host|launch|transfers`,
);

/** Capitalised short forms that are not organisations. */
export const NOT_ORG_ACRONYMS =
  set(`ceo|cfo|coo|cto|us|usa|uk|covid|gdp|am|pm|tv|ok|id|hiv|aids|dc|phd|ngo|ngos|
  fy|ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv|xx|ai|it|pr|ceos|lgbtqi|lgbtq|lgbt|q1|q2|q3|q4|mr|ms|
  mrs|dr|jr|sr|st|ad|bc|ps|vs|etc|faq|pdf|url|html|rss|llc|inc|ltd|plc|corp|
  fdi|oda|cpi|pmi|vat|sme|smes|ppp|gni|esg|ipo|ict|hcmc|ev|evs|lng|gw|mw|km|usd|vnd|cop|pdr|tip|dprk|prc|rok`);

/** "Vietnamese", "Chinese", "American": demonyms modify titles ("Vietnamese Deputy Foreign Minister"). */
export const DEMONYM = /^\p{Lu}\p{Ll}+(?:ese|ian|ean|an|ish|i|ch|ic|ine|ss|ek)$/u;
