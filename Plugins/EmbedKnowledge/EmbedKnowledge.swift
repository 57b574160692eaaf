import Foundation
import PackagePlugin

/// Embeds the package's `Knowledge/` folder into the target that uses the plugin.
///
/// The `KnowledgeEmbedder` tool writes every `.yaml` / `.yml` file under `Knowledge/` into one Swift
/// source file as string literals, so the `advisor` binary needs no files at run time and
/// keeps working wherever it is copied. Editing a YAML file re-runs the tool on the next build.
@main
struct EmbedKnowledge: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let knowledge = context.package.directoryURL.appending(path: "Knowledge")
        let inputs = (FolderWalker.knowledge.files(under: knowledge.path(percentEncoded: false)) ?? [])
            .map { knowledge.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedKnowledge.swift")
        return [
            .buildCommand(
                displayName: "Embedding Knowledge/ (\(inputs.count) files)",
                executable: try context.tool(named: "KnowledgeEmbedder").url,
                arguments: [knowledge.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
