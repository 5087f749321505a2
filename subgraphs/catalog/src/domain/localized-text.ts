/** Text a partner writes in English and, optionally, Vietnamese. */
export interface LocalizedText {
  en: string;
  vi: string | null;
}
