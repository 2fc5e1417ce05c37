/**
 * Common given names in English-language news (U.S. Social Security Administration's most frequent baby
 * names of the 1940s–2000s, written down from memory, plus frequent names of public figures abroad). A
 * capitalised pair starting with one of these is a person's name; the list is compact on purpose: it only
 * has to catch people named without an office or a reporting verb ("CNN's Dana Bash").
 */
const words = `james|john|robert|michael|william|david|richard|joseph|thomas|charles|christopher|daniel|matthew|
anthony|mark|donald|steven|paul|andrew|joshua|kenneth|kevin|brian|george|timothy|ronald|edward|jason|jeffrey|
jeff|ryan|jacob|gary|nicholas|eric|jonathan|stephen|larry|justin|scott|brandon|benjamin|samuel|gregory|
alexander|frank|patrick|raymond|jack|dennis|jerry|tyler|aaron|jose|adam|nathan|henry|douglas|zachary|peter|
kyle|ethan|walter|noah|jeremy|keith|roger|terry|gerald|harold|sean|austin|carl|arthur|lawrence|
dylan|jesse|jordan|bryan|billy|joe|bruce|gabriel|logan|albert|willie|alan|juan|wayne|elijah|randy|roy|
vincent|ralph|eugene|russell|bobby|mason|philip|louis|bill|mike|tom|jim|bob|dan|dave|steve|chris|matt|tony|
nick|ben|sam|greg|alex|pete|chuck|ted|rick|rudy|mitt|barack|hillary|nancy|kamala|rand|marco|ron|newt|
mary|patricia|jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|lisa|betty|margaret|sandra|ashley|
kimberly|emily|donna|michelle|carol|amanda|dorothy|melissa|deborah|stephanie|rebecca|sharon|laura|cynthia|
kathleen|amy|angela|shirley|anna|brenda|pamela|emma|nicole|helen|samantha|katherine|christine|debra|rachel|
carolyn|janet|catherine|maria|heather|diane|ruth|julie|olivia|joyce|virginia|victoria|kelly|lauren|christina|
joan|evelyn|judith|megan|andrea|cheryl|hannah|jacqueline|martha|gloria|teresa|ann|sara|madison|frances|
kathryn|janice|jean|abigail|alice|judy|sophia|denise|amber|doris|marilyn|danielle|beverly|isabella|
theresa|diana|natalie|brittany|charlotte|marie|kayla|alexis|lori|dana|jane|janet|jill|kate|katie|liz|
ellen|claire|valerie|tara|monica|erin|wendy|ivanka|melania|jared|eliza|ilhan|alexandria|
theodore|howard|leonard|martin|marcus|harry|fred|frederick|glenn|craig|todd|troy|neil|kurt|dale|clarence|
ernest|norman|phillip|stanley|lewis|derek|travis|shawn|seth|luke|ian|evan|joel|marvin|mitchell|oscar|
curtis|allen|barry|calvin|herbert|jimmy|johnny|lloyd|melvin|nathaniel|ricky|rodney|ross|terrence|tim|
warren|wesley|clifford|hugh|owen|gordon|colin|nina|miriam|rita|lucy|irene|holly|paula|sylvia|vanessa|
wanda|yvonne|tina|tracy|joanne|jenny|leslie|lillian|lois|marjorie|molly|nora|norma|peggy|phyllis|sally|
sonia|stacy|sue|tamara|vivian|amelia|caroline|allison|alison|claudia|elaine|eleanor|esther|gail|gwen|
jeanne|jenna|joanna|kristen|kristin|lydia|meredith|naomi|renee|shannon|sheila|tiffany|carla|connie|
erica|gina|katrina|leah|lindsay|regina|sabrina|veronica|yolanda|diane|
`;

/** Lower-cased given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(words.split(/\s*\|\s*/).filter(Boolean));
