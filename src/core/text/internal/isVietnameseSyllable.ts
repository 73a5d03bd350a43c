/** Consonants that can open a Vietnamese syllable, longest first. */
const ONSETS = [
  "ngh",
  "ch",
  "gh",
  "gi",
  "kh",
  "ng",
  "nh",
  "ph",
  "qu",
  "th",
  "tr",
  "b",
  "c",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "x",
  "",
];

/** Every rhyme (vowels and final consonant) of the written language, without tone marks. */
const RHYMES = new Set(
  (
    "a e ê i o ô ơ u ư y " +
    "ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu " +
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu " +
    "ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât " +
    "ec em en eng ep et êch êm ên ênh êp êt ich im in inh ip it " +
    "oc om on ong op ot ooc oong ôc ôm ôn ông ôp ôt ơm ơn ơp ơt " +
    "uc um un ung up ut ưc ưm ưn ưng ưt " +
    "iêc iêm iên iêng iêp iêt yêm yên yêng yêt " +
    "oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oen oet " +
    "uân uâng uât uêch uênh uôc uôm uôn uông uôt ươc ươm ươn ương ươp ươt " +
    "uych uyn uynh uyp uyt uyên uyêt " +
    // "k" closes syllables of Central Highlands place names: Đắk Lắk, Đắk Nông, Kon Plông.
    "ak ăk ôk ơk"
  ).split(" ")
);

const TONES = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const ACUTE = "\u0301";
const DOT_BELOW = "\u0323";
/** Vowel marks and the vowels they may sit on: â ê ô, ă, ơ ư. */
const VOWEL_MARKS: Readonly<Record<string, string>> = {
  "\u0302": "aeo",
  "\u0306": "a",
  "\u031B": "ou",
};
const VOWELS = "aeiouy";
const LETTERS = /^[a-zđ]$/;
/** Syllables ending in p, t, c, ch (or k) take only the sắc or nặng tone. */
const STOP_FINAL = /(?:p|t|c|ch|k)$/;

function hasValidSpelling(toneless: string): boolean {
  return ONSETS.some((onset) => {
    if (!toneless.startsWith(onset)) return false;
    const rhyme = toneless.slice(onset.length);
    return RHYMES.has(rhyme) || (onset === "qu" && RHYMES.has(`u${rhyme}`));
  });
}

/**
 * Whether `word` is spelled like one Vietnamese syllable: an initial consonant, a rhyme from the
 * written language and at most one tone mark, on a vowel (either placement of "hoà"/"hòa" is
 * accepted). Used to tell genuine Vietnamese from text garbled by a legacy encoding; it does not
 * check that the syllable is a word in use.
 */
export function isVietnameseSyllable(word: string): boolean {
  let toneless = "";
  let tone: string | undefined;
  let base = "";
  for (const char of word.toLowerCase().normalize("NFD")) {
    if (TONES.has(char)) {
      if (tone !== undefined || !VOWELS.includes(base)) return false;
      tone = char;
    } else if (char in VOWEL_MARKS) {
      if (!(VOWEL_MARKS[char] ?? "").includes(base)) return false;
      toneless += char;
    } else if (LETTERS.test(char)) {
      base = char;
      toneless += char;
    } else {
      return false;
    }
  }
  const spelled = toneless.normalize("NFC");
  if (spelled === "" || !hasValidSpelling(spelled)) return false;
  return !STOP_FINAL.test(spelled) || tone === ACUTE || tone === DOT_BELOW;
}
