namespace ContentLint.Core.Sources;

/// <summary>One entry of a folder listing, as the tree walk needs it.</summary>
/// <param name="Name">The entry's name.</param>
/// <param name="FullPath">The folder's path joined with the name.</param>
/// <param name="IsFolder">True for a folder, or a link to one (links are resolved for this flag only).</param>
/// <param name="IsLink">True for a symbolic link.</param>
/// <param name="NeedsLookup">
/// True when the listing could not tell what the entry is (see <see cref="FolderLister"/>): <see cref="IsFolder"/> and
/// <see cref="IsLink"/> are unknown until <see cref="FolderLister.Examine"/>.
/// </param>
internal readonly record struct FolderEntry(string Name, string FullPath, bool IsFolder, bool IsLink, bool NeedsLookup = false);
