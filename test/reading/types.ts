import { Fact } from '../../bot/domain/reading/types';
/** What the bot had just asked: only a prior for ambiguous items (a bare "40" after "how many"). */
export type Asked = 'opening' | 'quantity' | 'money' | 'date' | 'people' | 'decision' | 'criteria' | 'alternatives' | 'contact' | 'name' | 'confirm' | 'why' | 'describe' | 'impact' | 'other';
export interface ReadingCase {
  text: string;
  asked?: Asked;
  /** The playbook in use when it matters (currency, brand lists): fruit, broadband, training, baijiu, cleaning, general. */
  playbook?: string;
  /** Every fact a careful human reads in the message; [] when nothing should be stored. */
  facts: Fact[];
  note?: string;
}
