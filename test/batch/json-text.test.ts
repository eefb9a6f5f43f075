import { describe, expect, it } from "vitest";
import { readJsonText } from "../../src/batch/json-text.js";

const problem = (text: string) => {
  const read = readJsonText(text);
  return "problem" in read ? read.problem : undefined;
};

describe("JSON as people save it", () => {
  it("skips a UTF-8 byte-order mark, and reads exactly JSON", () => {
    expect(readJsonText('\uFEFF{"a":1}')).toEqual({ value: { a: 1 } });
    expect(readJsonText("[1, 2]")).toEqual({ value: [1, 2] });
    // only one mark is skipped: a second one is text JSON does not allow
    expect(problem("\uFEFF\uFEFF{}")?.en).toMatch(/^JSON syntax error at line 1, column 1/);
  });

  it("says what is wrong and where, in English and wholly in Chinese", () => {
    // the comma before } at offset 7: line 1, column 8
    expect(problem('{"a":1,}')).toEqual({
      en: 'JSON syntax error at line 1, column 8, at "}": a key in double quotes is expected (JSON allows no comma before } and no unquoted key)',
      zh: 'JSON 语法错误,位于第 1 行第 8 列,"}" 处:此处应有双引号括起的键名(JSON 不允许 } 前的逗号,也不允许不带引号的键)',
    });
    // a missing comma: "b" starts line 3 after two spaces → column 3
    expect(problem('{\n  "a": 1\n  "b": 2\n}')?.en).toBe('JSON syntax error at line 3, column 3, at "\\"b\\": 2": a comma "," is expected between two values');
    expect(problem('{\r\n"a": 1\r\n"b": 2}')?.en).toMatch(/^JSON syntax error at line 3, column 1,/);
  });

  it("names each kind of mistake", () => {
    expect(problem("")?.en).toBe("JSON: the file is empty");
    expect(problem(" \n ")?.zh).toBe("JSON:文件为空");
    expect(problem('{"a":')?.en).toBe("JSON syntax error at line 1, column 6 (end of the text): a value is expected (a number, a string in double quotes, true, false, null, an object or an array)");
    expect(problem("{'a':1}")?.en).toContain("column 2, at \"'a':1}\": a character that JSON does not allow here");
    expect(problem('{"a":"x\ty"}')?.en).toContain("a string holds a control character");
    expect(problem('{"a":1} x')?.en).toContain('column 9, at "x": the JSON value has ended, but more text follows');
    expect(problem('{"a":"\\q"}')?.en).toContain("a string holds a bad escape");
    expect(problem('{"a":-}')?.en).toContain("a character that JSON does not allow here");
    expect(problem('{"a":1.}')?.en).toContain("a number is malformed");
    expect(problem('"abc')?.en).toContain("a string is not closed by a double quote");
    expect(problem("// note\n{}")?.en).toContain("JSON allows no comments");
    expect(problem('{"a" 1}')?.en).toContain('a colon ":" is expected after the key');
    expect(problem("[1")?.en).toContain('the array is not closed: "]" is expected');
    expect(problem('{"a":1')?.en).toContain('the object is not closed: "}" is expected');
    // U+3000 after the colon at offset 5 (an IME's full-width space): JSON.parse refuses it
    expect(problem('{"a":\u30001}')?.en).toBe('JSON syntax error at line 1, column 6, at "\u30001}": a space JSON does not allow (a full-width space or a no-break space): use a plain space');
    expect(problem('{"a\u3000":1,"b":\u00a02}')?.zh).toBe('JSON 语法错误,位于第 1 行第 13 列,"\u00a02}" 处:JSON 不允许的空白字符(全角空格或不间断空格):请改用半角空格');
    expect(problem('{"\\"\u3000":1,\u3000"b":2}')?.en).toMatch(/^JSON syntax error at line 1, column 10,/);
    // a surrogate pair spans one column: "😀" then the bad token
    expect(problem('["😀" 1]')?.en).toMatch(/column 6,/);
  });
});
