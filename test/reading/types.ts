import { Asked, Fact } from '../../domain/reading/types';

export type { Asked };
export interface ReadingCase {
  text: string;
  asked?: Asked;
  /** The playbook in use when it matters (currency, brand lists): fruit, broadband, training, baijiu, cleaning, general. */
  playbook?: string;
  /** Every fact a careful human reads in the message; [] when nothing should be stored. */
  facts: Fact[];
  note?: string;
}
