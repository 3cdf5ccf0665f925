package main

import "github.com/urfave/cli/v2"

func generateCommand(env *environment) *cli.Command {
	return &cli.Command{Name: "generate", Usage: "write a whole Lync record set from a topology (not built yet)",
		Action: func(*cli.Context) error { return usageError("generate: not built yet") }}
}
