namespace ContentLint.Core.Detection.Identifiers;

/// <summary>A caption found in text: its span and what it announces.</summary>
internal readonly record struct LabelMatch(int Start, int End, LabelEntry Entry);
