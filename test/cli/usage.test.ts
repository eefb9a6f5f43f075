import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

// Exit codes: 0 fine; 1 a downgrade under --fail-on-downgrade or a check mismatch; 2 bad input or a
// usage error. A mistyped flag must not read as a downgrade.
describe("usage errors exit 2", () => {
  it.each([
    [["score", "fixtures/quarters", "--fail-on-downgrad"], "error: unknown option '--fail-on-downgrad' (did you mean --fail-on-downgrade?)"],
    [["check", "fixtures/quarters", "--junt", "x.xml"], "error: unknown option '--junt' (did you mean --junit?)"],
    [["batch", "fixtures/batch/quarters.csv", "--output-fromat", "csv"], "error: unknown option '--output-fromat' (did you mean --output-format?)"],
    [["score"], "error: missing required argument 'paths'"],
    [["score", "x.json", "--format"], "error: option '--format <format>' argument missing"],
    [["score", "x.json", "--format", "xml"], "error: option '--format <format>' argument 'xml' is invalid: allowed choices are table, markdown, json"],
    [["batch", "x.csv", "--jobs", "0"], "error: option '--jobs <n>' argument '0' is invalid: a whole number ≥ 1"],
    [["scor", "x.json"], "error: unknown command 'scor' (did you mean score?)"],
    [["policy", "extra"], "error: too many arguments for 'policy': expected 0, received 1"],
  ])("%j", (args, message) => {
    const { code, out, err } = cli(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${message}\n(add --help for usage)\n`);
  });

  it("no command at all shows the help on stderr and exits 2; --help and --version exit 0", () => {
    const none = cli([]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Usage: star-assessment [options] [command]");
    expect(cli(["--help"]).code).toBe(0);
    expect(cli(["score", "--help"]).code).toBe(0);
    expect(cli(["--version"]).code).toBe(0);
  });

  it("writes usage errors in Chinese with --lang zh or a zh locale", () => {
    expect(cli(["score", "x.json", "--frmat", "json", "--lang", "zh"]).err).toBe("错误:未知选项 '--frmat'(是否想输入 --format?)\n(加上 --help 查看用法)\n");
    expect(cli(["score", "x.json", "--format", "xml"], { lang: "zh_CN.UTF-8" }).err).toBe(
      "错误:选项 '--format <format>' 的取值 'xml' 无效:可选值为 table、markdown、json\n(加上 --help 查看用法)\n",
    );
    expect(cli(["batch", "x.csv", "--jobs", "x", "--lang=zh"]).err).toContain("错误:选项 '--jobs <n>' 的取值 'x' 无效:应为不小于 1 的整数");
  });
});

describe("help in Chinese", () => {
  // Every line of the Chinese help is Chinese, apart from names: commands, flags, placeholders, file
  // names and the examples' command lines.
  const english = (help: string) =>
    help
      .split("\n")
      .map((line) => line.replace(/\$ .*/, "").replace(/(-{1,2}[a-z-]+|<[a-z.]+>|\[[a-z]+\]|star-assessment|[\w./-]+\.(json|md|csv|jsonl|xml)|X\.json|X\.expected\.json|_why|JSON Schema|Schema|Mermaid|YYYY-MM-DD|JSON|JSONL|CSV|UTF-8|GB18030|Excel|JUnit XML|CI|GitLab|Jenkins|Markdown|draft 2020-12|LANG|auto|utf8|gb18030|gbk|table|markdown|json|csv|jsonl|zh|en|standing-record|certification-progress|monday-to-friday|chinese-days|input|assessment|score|check|schema|policy|batch|standing|eligibility|schedule|record|application|progress|fields|headroom|plan|what-if|help|paths|name|command)/g, ""))
      .filter((line) => /[A-Za-z]{2,}/.test(line));

  it.each([[["--help"]], [["score", "--help"]], [["check", "--help"]], [["schema", "--help"]], [["policy", "--help"]], [["batch", "--help"]], [["standing", "--help"]], [["eligibility", "--help"]], [["schedule", "--help"]], [["help", "batch"]]])(
    "%j with --lang zh has no English line",
    (args) => {
      const { code, out } = cli([...args, "--lang", "zh"]);
      expect(code).toBe(0);
      expect(out).toMatch(/^用法: star-assessment /);
      expect(english(out)).toEqual([]);
    },
  );

  it("follows a zh locale without --lang, and --lang en overrides it", () => {
    const zh = cli(["batch", "--help"], { lang: "zh_CN.UTF-8" }).out;
    expect(zh).toContain("用法: star-assessment batch [选项] <input>");
    expect(zh).toContain("选项:");
    expect(zh).toContain("(可选值:auto、utf8、gb18030、gbk;默认:auto)");
    expect(zh).toContain("退出码:0 每行都已评分");
    const en = cli(["batch", "--help", "--lang", "en"], { lang: "zh_CN.UTF-8" }).out;
    expect(en).toContain("Usage: star-assessment batch [options] <input>");
    expect(en).toContain("(choices: auto, utf8, gb18030, gbk, default: auto)");
  });
});
