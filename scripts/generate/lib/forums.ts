import { createRng, type Seed } from './rng.ts';
import type { Vocabulary } from './vocabulary.ts';

// Always present, first ones first: names that collide once case, punctuation or accents are
// folded (the URL-slug trap), non-Latin scripts, emoji, a name that slugifies to nothing.
const TRICKY = [
  'C++ Help',
  'c++ help',
  'Café & Société — discussions en français',
  'U.S.S.R. and communism historical discussion.',
  'USSR and Communism Historical Discussion',
  '日本語の掲示板',
  'Off-Topic',
  'off topic',
  'C# Help',
  'C Help',
  'Русский форум',
  'Q&A',
  'Q & A',
  '???',
  'Ελληνικά / Greek',
  'Fußball & Sport',
  'Fussball & Sport',
  '😀 Fun & Games',
  'العربية',
  'Node.js',
  'node-js',
  '한국어 게시판',
  'General Discussion',
  'general discussion!',
  'Émulation rétro',
];
const TOPICS =
  'Python,Rust,Gardening,Astronomy,Photography,Woodworking,Cooking,Chess,Linux,Windows,Retro Gaming,Cycling,Home Brewing,Aquariums,Guitar,Synthesizers,Amateur Radio,Beekeeping,History,Philosophy,Mathematics,Physics,Electronics,3D Printing,Cars,Motorcycles,Travel,Books,Movies,Anime,Pets,Fitness,Knitting,Model Trains,Fishing,Genealogy,Languages,Economics,Web Design,Databases'.split(
    ',',
  );
const SUFFIXES = [
  'Help',
  'Discussion',
  'Showcase',
  'News',
  'for Beginners',
  'Advanced',
  'Marketplace',
  'Tips & Tricks',
];

/**
 * `count` distinct forum names for a dump: the tricky names first (at least three, so every dump
 * has a case-only pair and non-ASCII), then seed-shuffled "Topic Suffix" names, then pseudo-word
 * names once those run out.
 */
export function generateForumNames(count: number, seed: Seed, vocabulary: Vocabulary): string[] {
  const rng = createRng(seed, 'forums');
  const combos = TOPICS.flatMap((topic) => SUFFIXES.map((suffix) => `${topic} ${suffix}`));
  for (let i = combos.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [combos[i], combos[j]] = [combos[j] as string, combos[i] as string];
  }
  const tricky = Math.min(TRICKY.length, Math.max(3, Math.round(count / 2)));
  const names = new Set([...TRICKY.slice(0, tricky), ...combos]);
  while (names.size < count) {
    const word = vocabulary.words[rng.int(100, vocabulary.words.length - 1)] as string;
    names.add(`${word.charAt(0).toUpperCase()}${word.slice(1)} ${rng.pick(SUFFIXES)}`);
  }
  return [...names].slice(0, count);
}
