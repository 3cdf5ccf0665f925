package main

import "github.com/urfave/cli/v2"

func generateCommand(env *environment) *cli.Command {
	return &cli.Command{Name: "generate", Usage: "write a whole Lync record set from a topology (not built yet)",
		Action: func(*cli.Context) error { return usageError("generate: not built yet") }}
}

func reviewCommand(env *environment) *cli.Command {
	return &cli.Command{Name: "review", Usage: "review a zone change before it is committed (not built yet)",
		Action: func(*cli.Context) error { return usageError("review: not built yet") }}
}

func diffCommand(env *environment) *cli.Command {
	return &cli.Command{Name: "diff", Usage: "semantic diff of two zone files (not built yet)",
		Action: func(*cli.Context) error { return usageError("diff: not built yet") }}
}
