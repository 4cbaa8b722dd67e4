using System.Collections.Frozen;

namespace ContentLint.Core.Detection.Names;

/// <summary>Common short forms of English given names, so that staff "Samuel" also covers "Sam".</summary>
internal static class NameNicknames
{
    private static readonly FrozenDictionary<string, string[]> Short = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["samuel"] = ["sam", "sammy"], ["samantha"] = ["sam", "sammy"], ["william"] = ["will", "bill", "billy", "liam"],
        ["robert"] = ["rob", "bob", "bobby", "robbie"], ["richard"] = ["rick", "rich", "dick"], ["james"] = ["jim", "jimmy", "jamie"],
        ["john"] = ["jack", "johnny"], ["jonathan"] = ["jon"], ["michael"] = ["mike", "mikey"], ["thomas"] = ["tom", "tommy"],
        ["tomas"] = ["tom"], ["joseph"] = ["joe", "joey"], ["daniel"] = ["dan", "danny"], ["david"] = ["dave"],
        ["benjamin"] = ["ben", "benny"], ["christopher"] = ["chris"], ["christine"] = ["chris"], ["christina"] = ["chris", "tina"],
        ["matthew"] = ["matt"], ["anthony"] = ["tony"], ["andrew"] = ["andy", "drew"], ["alexander"] = ["alex"],
        ["alexandra"] = ["alex", "sasha"], ["nicholas"] = ["nick"], ["edward"] = ["ed", "eddie", "ted"], ["steven"] = ["steve"],
        ["stephen"] = ["steve"], ["timothy"] = ["tim"], ["kenneth"] = ["ken", "kenny"], ["patrick"] = ["pat"],
        ["patricia"] = ["pat", "patty", "trish"], ["elizabeth"] = ["liz", "beth", "betty", "eliza", "lizzie"],
        ["katherine"] = ["kate", "katie", "kathy"], ["catherine"] = ["kate", "cathy"], ["margaret"] = ["maggie", "peggy", "meg"],
        ["jennifer"] = ["jen", "jenny"], ["jessica"] = ["jess"], ["rebecca"] = ["becky"], ["deborah"] = ["deb", "debbie"],
        ["susan"] = ["sue", "susie"], ["victoria"] = ["vicky", "tori"], ["abigail"] = ["abby"], ["gregory"] = ["greg"],
        ["jeffrey"] = ["jeff"], ["ronald"] = ["ron"], ["donald"] = ["don"], ["raymond"] = ["ray"], ["lawrence"] = ["larry"],
        ["gerald"] = ["gerry", "jerry"], ["frederick"] = ["fred"], ["peter"] = ["pete"], ["natalie"] = ["nat"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string folded) => Short.TryGetValue(folded, out var forms) ? forms : [];
}
