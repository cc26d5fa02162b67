import { QuestionType } from '../../domain/practice/classify';

/**
 * One labelled rep message. `type` is what a sales trainer following METHOD.md would call it; `why`, `rude`
 * and `areas` are checked only when given (areas: every listed area must be found).
 */
export interface LabelledQuestion {
  text: string;
  type: QuestionType;
  why?: boolean;
  rude?: boolean;
  areas?: string[];
}
