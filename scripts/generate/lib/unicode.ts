import type { Rng } from './rng.ts';

// Plain-text data only: these pools exist so dumps carry the scripts real forums carry
// (accents, CJK, Cyrillic, Greek, RTL, emoji incl. ZWJ and flag sequences, combining marks).

/** Common CJK ideographs and kana, for CJK sentences and titles. */
export const CJK = Array.from(
  '的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单研ひらがなカタカナ日本語中文한국어게시판',
);

/** Short fragments in other scripts, dropped into otherwise Latin text. */
export const FOREIGN_WORDS = [
  'café',
  'naïve',
  'façade',
  'résumé',
  'Zürich',
  'Ærøskøbing',
  'São Paulo',
  'Kraków',
  'İstanbul',
  'straße',
  'Ångström',
  'piñata',
  'jalapeño',
  'crème brûlée',
  'smörgåsbord',
  'déjà vu',
  'спасибо',
  'товарищ',
  'Москва',
  'здравствуйте',
  'Ελλάδα',
  'ευχαριστώ',
  'λόγος',
  'שלום',
  'مرحبا',
  'شكرا',
  'नमस्ते',
  'ありがとう',
  '東京',
  '北京',
  '谢谢',
  '안녕하세요',
  'e\u0301te\u0301',
  'Zoe\u0308',
  'ﬁnance',
  'naı̈ve',
  '１２３',
  'ｆｕｌｌｗｉｄｔｈ',
  'a\u00a0b',
  'zero\u200bwidth',
  '\u202eRTL override\u202c',
  'x\ufe0f',
];

/** Emoji, including skin-tone, ZWJ family and flag sequences that span several code points. */
export const EMOJI = [
  '😀',
  '😂',
  '🙂',
  '😉',
  '😢',
  '😡',
  '👍',
  '👎',
  '🙏',
  '🎉',
  '❤️',
  '🔥',
  '💯',
  '🤔',
  '🙄',
  '😅',
  '👍🏽',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  '🇩🇪',
  '🇯🇵',
  '🇧🇷',
  '✔️',
  '☕',
  '🍺',
  '⚽',
  '🐛',
  '🚀',
  ':-)',
  ';-)',
  ':D',
];

/** A CJK sentence of `min`–`max` characters with CJK punctuation. */
export function cjkSentence(rng: Rng, min: number, max: number): string {
  const length = rng.int(min, max);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += rng.pick(CJK);
    if (i > 2 && i < length - 2 && rng.chance(0.08)) text += '，';
  }
  return text + rng.pick(['。', '。', '？', '！', '…']);
}
