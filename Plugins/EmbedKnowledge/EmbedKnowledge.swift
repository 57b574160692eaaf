import Foundation
import PackagePlugin

/// Embeds the package's `Knowledge/` folder into the target that uses the plugin, twice over.
///
/// The `KnowledgeCompiler` tool writes every `.yaml` / `.yml` file under `Knowledge/` into one Swift
/// source file as string literals (so the binary needs no files at run time and keeps working
/// wherever it is copied), and builds the advisor from them into a `KnowledgeImage` written as a
/// second source file (so the program starts by reading ready tables instead of parsing and
/// indexing). Editing a YAML file, or the code that builds the tables, re-runs the tool.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let knowledge = context.package.directoryURL.appending(path: "Knowledge")
        let inputs = (FolderWalker.knowledge.files(under: knowledge.path(percentEncoded: false)) ?? [])
            .map { knowledge.appending(path: $0) }
        let embedded = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        let image = context.pluginWorkDirectoryURL.appending(path: "CompiledImage.swift")
        return [
            .buildCommand(
                displayName: "Embedding and compiling Knowledge/ (\(inputs.count) files)",
                executable: try context.tool(named: "KnowledgeCompiler").url,
                arguments: [knowledge, embedded, image].map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [embedded, image]
            )
        ]
    }
}
