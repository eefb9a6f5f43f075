import { type Exact, exact, exactDivide, exactText } from "../numbers/exact.js";

/**
 * An exact figure of a rule's step, as `exactText` wrote it ("9.5", "-1.5", "50/3"), as an exact value
 * again: headroom reads an item's unrounded value from the rule's own trace instead of computing it a
 * second way.
 *
 * @example exactFigure("50/3"); // { numerator: 50, denominator: 3 }
 * @example exactFigure("-1.5"); // -1.5
 */
export function exactFigure(text: string): Exact {
  const [dividend = "", divisor] = text.split("/");
  const number = Number(dividend);
  const value = exactText(number) === dividend ? number : exact(dividend);
  return divisor === undefined ? value : exactDivide(value, Number(divisor));
}
