using DocAnalysis.Tools.UnitLexicon;

// Writes plugins/NumberReconciler/Lexicon/units.tsv from quantulum3's lexicon (Lexicon/quantulum3/units.json and
// units.en_US.json), byte for byte the same on every machine:
//   dotnet run --project tools/UnitLexicon [-- REPOSITORY]       (default: the repository above the working folder)
var root = args.Length > 0 ? args[0] : ToolRun.Repository(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("No DocAnalysis.sln above the working folder: run this in the repository or give its folder.");
    return 2;
}

var lexicon = Path.Combine(root, "plugins", "NumberReconciler", "Lexicon");
var table = UnitTable.Generate(
    File.ReadAllText(Path.Combine(lexicon, "quantulum3", "units.json")),
    File.ReadAllText(Path.Combine(lexicon, "quantulum3", "units.en_US.json")));
var output = Path.Combine(lexicon, UnitTable.FileName);
File.WriteAllText(output, table, new System.Text.UTF8Encoding(false));
Console.WriteLine($"{output}: {table.Split('\n').Count(l => l.Length > 0 && l[0] != '#')} units");
return 0;
