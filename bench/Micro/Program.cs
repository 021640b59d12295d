using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Micro -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(Lark.Micro.RuleBenchmarks).Assembly).Run(args);
