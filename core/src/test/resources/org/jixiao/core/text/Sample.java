// "注释"
@Command(description = {"帮助", "help (" + "括号" + ")"})
class Sample {
    /* "块注释" */
    String a = "中文";
    @Option(names = "--x", description = "选项")
    String b = "plain \" quoted";
    char c = '"';
    String d = "第二";
}
