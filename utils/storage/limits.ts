/** Longest evidence note kept with an answer: the input stops there and storage refuses longer. */
export const MAX_NOTE_LENGTH = 2000;
