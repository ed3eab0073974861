from rupturetool.cli.main import main

main()
