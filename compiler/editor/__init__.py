"""Editor support: a Pygments lexer (the site's code blocks) and a language server (pygls).

The VS Code extension with the TextMate grammar lives in editors/vscode/ at the repository root.
"""
