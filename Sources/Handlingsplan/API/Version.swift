/// The tool's version: `handlingsplan --version`, SARIF's `tool.driver.version`.
public let handlingsplanVersion = "0.3.0"
